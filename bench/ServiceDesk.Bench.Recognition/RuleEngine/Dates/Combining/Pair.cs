using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Two readings in order with the few words between them ("at", "-", "to", "").</summary>
internal sealed record Pair(Candidate Left, Candidate Right, string Gap, DateContext Context)
{
    private const int WidestGap = 16;

    /// <summary>The word just before the left reading ("from", "between", "du"…), and where it starts.</summary>
    public (string Word, int Start) Prefix => PrefixOf(Left.Start, Context);

    public Candidate Join(Temporal value, int? start = null) =>
        new(start ?? Left.Start, Right.End, value.Mod is null ? value with { Mod = Left.Value.Mod ?? Right.Value.Mod } : value);

    public static IEnumerable<Pair> All(IReadOnlyList<Candidate> candidates, DateContext context)
    {
        var ordered = candidates.OrderBy(c => c.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var left = ordered[i];
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var right = ordered[j];
                if (right.Start - left.End > WidestGap) break;
                if (right.Start < left.End) continue;
                var gap = context.Folded.AsSpan(left.End, right.Start - left.End);
                if (gap.Contains('\n') || gap.Contains('.') && !gap.Trim().SequenceEqual(".")) continue;
                yield return new Pair(left, right, CleanGap(gap), context);
            }
        }
    }

    /// <summary>The words between, single-spaced ("" when only spaces).</summary>
    private static string CleanGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim(" \t\r");
        if (trimmed.IsEmpty) return string.Empty;
        if (trimmed.IndexOfAny("\t\r") < 0 && trimmed.IndexOf("  ", StringComparison.Ordinal) < 0) return trimmed.Length == 1 && trimmed[0] == ',' ? "," : new string(trimmed);
        return string.Join(' ', trimmed.ToString().Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    public static (string Word, int Start) PrefixOf(int index, DateContext context)
    {
        var (word, start) = WordBefore(index, context);
        if (word is "the" or "le" or "la" or "l'")
        {
            var (before, beforeStart) = WordBefore(start, context);
            if (before is "between" or "from" or "entre" or "du" or "de") return (before, beforeStart);
        }

        return (word, start);
    }

    private static (string Word, int Start) WordBefore(int index, DateContext context)
    {
        var end = index;
        while (end > 0 && context.Folded[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && (char.IsLetter(context.Folded[start - 1]) || context.Folded[start - 1] == '\'')) start--;
        return (context.Folded[start..end], start);
    }
}
