using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Years said in English words: "nineteen eighty six", "seventeen hundred thirty three", "two thousand and five".</summary>
internal static class YearWords
{
    private const string Unit = "one|two|three|four|five|six|seven|eight|nine";
    private const string Tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string Teen = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string Below100 = $@"(?:(?:{Tens})(?:[\s-]+(?:{Unit}))?|{Teen}|oh\s+(?:{Unit}))";

    public const string Pattern =
        $@"(?<yw>(?:fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:hundred(?:\s+and)?\s+)?{Below100}|two\s+thousand(?:\s+and)?(?:\s+(?:{Below100}|{Unit}))?)";

    public static int? Parse(string text, DateVocabulary words)
    {
        var parts = DateVocabulary.Clean(text).Split(' ').Where(w => w is not ("and" or "hundred" or "oh")).ToList();
        if (parts.Count >= 2 && parts[0] == "two" && parts[1] == "thousand")
        {
            return parts.Count == 2 ? 2000 : words.NumberOf(string.Join(' ', parts.Skip(2))) is { } r and < 100 ? 2000 + r : null;
        }

        if (parts.Count < 2 || words.NumberOf(parts[0]) is not { } century) return null;
        return words.NumberOf(string.Join(' ', parts.Skip(1))) is { } rest and < 100 ? (century * 100) + rest : null;
    }
}
