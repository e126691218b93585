namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// The value of a run of number words, or null when the run is not one number: integers,
/// fractions, mixed numbers ("three and a fifth", "3 millions et demi"), "X over Y", "point",
/// dozens and a leading "negative".
/// </summary>
internal static class NumberPhrase
{
    public static double? Evaluate(ReadOnlySpan<NumberWord> words)
    {
        if (words.IsEmpty) return null;
        if (words[0].Kind == WordKind.Negative) return words.Length > 1 ? -Evaluate(words[1..]) : null;
        var over = IndexOf(words, WordKind.Over);
        if (over >= 0) return Over(words[..over], words[(over + 1)..]);
        var point = IndexOf(words, WordKind.Point);
        if (point >= 0) return Point(words[..point], words[(point + 1)..]);
        if (words[^1].Kind == WordKind.Dozen) return Dozens(words[..^1]);
        return HasOrdinal(words) ? Mixed(words) : IntegerPhrase.Evaluate(words);
    }

    private static double? Over(ReadOnlySpan<NumberWord> left, ReadOnlySpan<NumberWord> right)
    {
        var top = left.Length == 1 && left[0].Kind == WordKind.Article ? 1 : IntegerPhrase.Evaluate(left);
        var bottom = IntegerPhrase.Evaluate(right);
        if (top is null || bottom is null or 0) return null;
        var wordNumerator = IndexOf(left, WordKind.Digits) < 0;
        return top == 1 || wordNumerator ? top / bottom : null;
    }

    private static double? Point(ReadOnlySpan<NumberWord> left, ReadOnlySpan<NumberWord> right)
    {
        var whole = IntegerPhrase.Evaluate(left);
        if (whole is null || right.IsEmpty) return null;
        var fraction = 0.0;
        var scale = 0.1;
        foreach (var word in right)
        {
            if (word.Kind != WordKind.Cardinal || word.Value > 9) return null;
            fraction += word.Value * scale;
            scale /= 10;
        }

        return whole + fraction;
    }

    private static double? Dozens(ReadOnlySpan<NumberWord> count)
    {
        if (count.IsEmpty) return null;
        var n = count.Length == 1 && count[0].Kind == WordKind.Article ? 1 : IntegerPhrase.Evaluate(count);
        return n * 12;
    }

    private static double? Mixed(ReadOnlySpan<NumberWord> words)
    {
        for (var k = words.Length - 2; k > 0; k--)
        {
            if (words[k].Kind != WordKind.And) continue;
            var whole = IntegerPhrase.Evaluate(words[..k]);
            var part = Scaled(words[(k + 1)..]);
            if (whole is null || part is null) break;
            if (words[^1].Kind == WordKind.Multiplier) return whole + part;
            var scale = words[k - 1].Kind == WordKind.Multiplier && words[k - 1].Value >= 1e6 ? words[k - 1].Value : 1;
            if (scale > 1) return whole + (part * scale);
            if (part < 1) return whole + part;
            break;
        }

        return Scaled(words);
    }

    private static double? Scaled(ReadOnlySpan<NumberWord> words)
    {
        if (words.Length > 1 && words[^1].Kind == WordKind.Multiplier)
        {
            var part = words.Length == 2 && words[0].Has(WordFlags.FractionWord) ? 1 / words[0].Value : FractionPhrase.Evaluate(words[..^1]);
            return part * words[^1].Value;
        }

        return FractionPhrase.Evaluate(words);
    }

    private static bool HasOrdinal(ReadOnlySpan<NumberWord> words)
    {
        foreach (var word in words)
        {
            if (word.Kind == WordKind.Ordinal) return true;
        }

        return false;
    }

    private static int IndexOf(ReadOnlySpan<NumberWord> words, WordKind kind)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Kind == kind) return i;
        }

        return -1;
    }
}
