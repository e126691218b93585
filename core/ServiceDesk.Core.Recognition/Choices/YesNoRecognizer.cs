using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Choices;

/// <summary>
/// Reads a yes or a no at the start of a chat answer, in French or English ("oui", "ouais",
/// "c'est ça", "pas de souci", "yep", "not really", "non, depuis hier", 👍). Returns null when the
/// message is not an answer to a yes/no question, so the caller can read it as something else.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly string[] Fillers = ["euh", "heu", "bah", "ben", "bon", "alors", "hmm", "hm", "well", "um", "uh", "ah", "oh", "eh"];

    private static readonly string[] YesFirst =
    [
        "pas de probleme", "pas de problemes", "pas de souci", "pas de soucis", "pas de soucy", "sans probleme",
        "sans souci", "no problem", "no problemo", "no worries", "not a problem",
    ];

    private static readonly string[] No =
    [
        "pas du tout", "pas vraiment", "absolument pas", "surtout pas", "not really", "not at all", "no way",
        "non", "nan", "nope", "no", "nah", "wrong", "negatif", "faux", "cest faux", "incorrect", "pas correct",
        "pas exactement", "pas tout a fait", "not exactly", "not quite", "ce nest pas ca", "cest pas ca",
    ];

    private static readonly string[] Yes =
    [
        "oui", "ouais", "ouep", "ouaip", "ouai", "ui", "voui", "yes", "yep", "yeah", "yup", "ya", "sure", "ok", "okay",
        "okey", "oki", "dac", "daccord", "correct", "right", "exact", "exactement", "cest ca", "cest bien ca",
        "cest exact", "cest correct", "cest juste", "tout a fait", "bien sur", "absolument", "parfait", "affirmatif",
        "volontiers", "certainement", "evidemment", "carrement", "of course", "indeed", "absolutely", "definitely",
        "that s right", "thats right", "thats it", "si", "tres bien", "entendu", "ca marche", "cest bon",
    ];

    public static bool? Recognize(string text, string culture)
    {
        _ = culture;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var emoji = Emoji(text);
        if (emoji is not null) return emoji;
        var words = SkipFillers(ChatText.Words(text));
        if (words.Length == 0) return null;
        if (StartsWithAny(words, YesFirst)) return true;
        if (StartsWithAny(words, No)) return false;
        if (StartsWithAny(words, Yes)) return true;
        if (words.Contains("que non", StringComparison.Ordinal)) return false;
        return words.Contains("que oui", StringComparison.Ordinal) ? true : null;
    }

    private static bool? Emoji(string text)
    {
        var up = text.Contains("👍", StringComparison.Ordinal) || text.Contains('✅') || text.Contains("👌", StringComparison.Ordinal);
        var down = text.Contains("👎", StringComparison.Ordinal) || text.Contains('❌');
        return up == down ? null : up;
    }

    private static string SkipFillers(string words)
    {
        var parts = ChatText.Split(words);
        var i = 0;
        while (i < parts.Length - 1 && Fillers.Contains(parts[i])) i++;
        return string.Join(' ', parts.Skip(i));
    }

    private static bool StartsWithAny(string words, string[] phrases) =>
        phrases.Any(p => words.StartsWith(p, StringComparison.Ordinal) && (words.Length == p.Length || words[p.Length] == ' '));
}
