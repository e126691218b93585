using System.Globalization;

namespace ServiceDesk.KnowledgeBase.Cli;

/// <summary>Parsed form of <c>kb search [--json] [--lang fr|en] [--top N] text...</c>.</summary>
internal sealed record KbSearchArguments(string Text, string? Language, int Top, bool Json)
{
    public const string Usage = "usage: kb search [--json] [--lang fr|en] [--top N] \"what the user wrote\"";

    public static KbSearchArguments? Parse(string[] args, out string error)
    {
        var rest = args.SkipWhile(a => a == "kb").ToList();
        error = "";
        if (rest.Count == 0 || rest[0] != "search")
        {
            error = "expected the 'search' command";
            return null;
        }

        var parsed = new KbSearchArguments("", null, 3, false);
        var words = new List<string>();
        for (var i = 1; i < rest.Count && error.Length == 0; i++)
        {
            (parsed, i) = rest[i] switch
            {
                "--json" => (parsed with { Json = true }, i),
                "--lang" => (parsed with { Language = Value(rest, i, IsLanguage, ref error) }, i + 1),
                "--top" => (parsed with { Top = int.Parse(Value(rest, i, IsCount, ref error) ?? "3", CultureInfo.InvariantCulture) }, i + 1),
                var word => (parsed, Collect(words, word, i)),
            };
        }

        parsed = parsed with { Text = string.Join(' ', words) };
        error = error.Length == 0 && parsed.Text.Trim().Length == 0 ? "no text to search" : error;
        return error.Length == 0 ? parsed : null;
    }

    private static int Collect(List<string> words, string word, int index)
    {
        words.Add(word);
        return index;
    }

    private static string? Value(List<string> args, int index, Func<string, bool> valid, ref string error)
    {
        if (index + 1 < args.Count && valid(args[index + 1]))
        {
            return args[index + 1];
        }

        error = $"invalid or missing value after {args[index]}";
        return null;
    }

    private static bool IsLanguage(string value) => value is "fr" or "en";

    private static bool IsCount(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 50;
}
