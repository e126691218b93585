namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>
/// One message as each rule should see it: the folded text with the words the rule cannot use
/// replaced by <see cref="Hidden"/> (offsets unchanged). The text is split into words once and
/// kept in one buffer; moving from one rule to the next only rewrites the words whose visibility
/// changes. Single use, not thread-safe; a returned span is valid until the next call.
/// </summary>
internal sealed class WordView
{
    public const char Hidden = '\u0001';

    private readonly string folded;
    private readonly char[] buffer;
    private readonly List<(int Start, int End, UInt128 Rules)> words = [];
    private readonly List<bool> shown = [];
    private readonly UInt128 anyRule;

    public WordView(string folded, WordFilter filter)
    {
        this.folded = folded;
        buffer = folded.ToCharArray();
        var i = 0;
        while (i < folded.Length)
        {
            if (char.IsWhiteSpace(folded[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < folded.Length && !char.IsWhiteSpace(folded[end])) end++;
            var rules = filter.RulesFor(folded.AsSpan(i, end - i), out var punctuation);
            if (!punctuation) anyRule |= rules;
            if (rules != filter.All)
            {
                words.Add((i, end, rules));
                shown.Add(true);
            }

            i = end;
        }
    }

    /// <summary>The text as rule number <paramref name="rule"/> sees it; empty when it has nothing to look at.</summary>
    public ReadOnlySpan<char> For(int rule)
    {
        var bit = UInt128.One << rule;
        if ((anyRule & bit) == 0) return [];
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end, rules) = words[w];
            var show = (rules & bit) != 0;
            if (show == shown[w]) continue;
            shown[w] = show;
            if (show) folded.AsSpan(start, end - start).CopyTo(buffer.AsSpan(start));
            else buffer.AsSpan(start, end - start).Fill(Hidden);
        }

        return buffer;
    }
}
