namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// Reads fractions said in words: "two thirds", "a hundred trillionths", "one hundred thirty fifths"
/// (100/35, while "one hundred and thirty fifths" is 130/5), "un vingt-cinquième".
/// </summary>
/// <remarks>
/// Where the numerator ends is found walking back from the ordinal while the words still build one
/// ordinal ("thirty fifth", "one hundred fifth"); "and" forces the split.
/// </remarks>
internal static class FractionPhrase
{
    public static double? Evaluate(ReadOnlySpan<NumberWord> words)
    {
        if (words.IsEmpty || words[^1].Kind != WordKind.Ordinal) return null;
        var last = words[^1];
        if (!IsDenominator(last)) return null;
        if (words.Length == 1) return last.Has(WordFlags.FractionWord) && last.Value == 2 ? 0.5 : null;
        var split = SplitIndex(words);
        var numerator = Numerator(words[..split]);
        var denominator = Denominator(words[split..]);
        return numerator is null || denominator is null or 0 ? null : numerator / denominator;
    }

    private static bool IsDenominator(NumberWord word) =>
        word.Value > 2 || word.Has(WordFlags.FractionWord) || word.Has(WordFlags.Composite);

    private static double? Numerator(ReadOnlySpan<NumberWord> words) =>
        words.Length == 1 && words[0].Kind == WordKind.Article ? 1 : IntegerPhrase.Evaluate(words);

    private static double? Denominator(ReadOnlySpan<NumberWord> words)
    {
        if (words.Length == 1) return words[0].Value;
        var copy = words.ToArray();
        var last = copy[^1];
        copy[^1] = last with { Kind = last.Value >= 100 ? WordKind.Multiplier : WordKind.Cardinal };
        return IntegerPhrase.Evaluate(copy);
    }

    private static int SplitIndex(ReadOnlySpan<NumberWord> words)
    {
        var n = words.Length;
        var current = words[n - 1].Value;
        var round = 1.0;
        for (var i = n - 2; i >= 0; i--)
        {
            if (words[i].Kind == WordKind.And) continue;
            var previous = current;
            current = words[i].Value;
            var joins = (previous >= 100 && previous > current) || (previous < 100 && Composable(current, previous));
            if (!joins) return i + 1;
            if (previous < 100 && current >= round) round = current;
            else if (previous < 100 && current < round) return i + 1;
            if (i == 0) return FirstRoundBreak(words);
        }

        return n - 1;
    }

    private static int FirstRoundBreak(ReadOnlySpan<NumberWord> words)
    {
        var j = 1;
        for (; j <= words.Length - 2; j++)
        {
            if (words[j].Value >= 100 && words[j + 1].Kind != WordKind.And && words[j + 1].Value < 100) return j + 1;
        }

        return j;
    }

    private static bool Composable(double big, double small)
    {
        var unit = small > 10 ? 100 : 10;
        return big % unit == 0 && big / unit >= 1;
    }
}
