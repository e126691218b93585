using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The language the desk answers a technician in (issue 13): their configured <c>Technicians:N:Language</c>
/// (<c>fr</c> or <c>en</c>), else the language of what they just wrote, else French, the desk's language. Each
/// answer is written in both languages where it is built (<see cref="Text"/>), so the two stay side by side. The
/// technicians' room, shared by all, stays in French.
/// </summary>
public sealed class DeskPhrasebook
{
    public static readonly DeskPhrasebook French = new(english: false);
    public static readonly DeskPhrasebook English = new(english: true);

    private DeskPhrasebook(bool english) => IsEnglish = english;

    public bool IsEnglish { get; }

    public string Language => IsEnglish ? "en" : "fr";

    /// <summary>The phrasebook for this technician, given what they wrote (a command's arguments, or words to relay).</summary>
    public static DeskPhrasebook For(Technician? technician, string? written = null) =>
        technician?.Language?.ToUpperInvariant() switch
        {
            "EN" => English,
            "FR" => French,
            _ => !string.IsNullOrWhiteSpace(written) && LanguageDetector.Detect(written) == "en" ? English : French,
        };

    /// <summary>The French or the English wording.</summary>
    public string Text(string french, string english) => IsEnglish ? english : french;
}
