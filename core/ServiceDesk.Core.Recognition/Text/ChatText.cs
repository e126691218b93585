using System.Text;

namespace ServiceDesk.Core.Recognition.Text;

/// <summary>
/// Chat text reduced to its words: folded (no case, no accents), apostrophes dropped so that
/// "c'est ça" and "cest ca" read the same (or kept as word gaps: "l'organisation" is two words),
/// other punctuation turned into single spaces.
/// </summary>
internal static class ChatText
{
    public static string Words(string text, bool keepApostropheGaps = false)
    {
        var folded = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(folded.Length);
        var space = true;
        foreach (var c in folded)
        {
            if (c == '\'' && !keepApostropheGaps) continue;
            if (char.IsLetterOrDigit(c) || c == '°' || c == '#')
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    public static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
