namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// Finds numbers said in words. Words joined by spaces or hyphens form runs; in each run the
/// longest stretch that reads as one number wins, then the scan goes on after it.
/// </summary>
internal static class WordNumberScanner
{
    private const int LongestPhrase = 24;

    public static List<DigitNumber> Scan(string normalized, IReadOnlyList<DigitNumber> digits, NumberLexicon lexicon)
    {
        var found = new List<DigitNumber>();
        foreach (var run in NumberRuns.Split(normalized, digits, lexicon))
        {
            ScanRun(run, found);
        }

        return found;
    }

    private static void ScanRun(NumberWord[] run, List<DigitNumber> found)
    {
        var i = 0;
        while (i < run.Length)
        {
            var taken = Longest(run.AsSpan(i), out var value);
            if (taken == 0)
            {
                i++;
                continue;
            }

            found.Add(new DigitNumber(run[i].Start, run[i + taken - 1].End, value, false));
            i += taken;
        }
    }

    private static int Longest(ReadOnlySpan<NumberWord> words, out double value)
    {
        value = 0;
        for (var n = Math.Min(words.Length, LongestPhrase); n >= 1; n--)
        {
            var phrase = words[..n];
            if (!HasWord(phrase)) continue;
            var v = NumberPhrase.Evaluate(phrase);
            if (v is null || double.IsNaN(v.Value) || double.IsInfinity(v.Value)) continue;
            value = v.Value;
            return n;
        }

        return 0;
    }

    private static bool HasWord(ReadOnlySpan<NumberWord> phrase)
    {
        foreach (var word in phrase)
        {
            if (word.Kind != WordKind.Digits) return true;
        }

        return false;
    }
}
