using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>
/// Joins neighbouring readings into longer ones, in passes: a time on a day, ranges, a range on a
/// day, durations counted from a day or from now, modifiers, times on repeats. Every joined
/// reading is added beside its parts; the engine then keeps the longest.
/// </summary>
internal static class Combiner
{
    public static List<Candidate> Combine(List<Candidate> atoms, DateContext context)
    {
        var all = new List<Candidate>(atoms);
        var seen = new HashSet<(int, int, Type)>(all.Select(Key));
        var pairs = new Pairs(all, context);
        Binary(all, seen, pairs, DateTimeJoin.Try);
        Binary(all, seen, pairs, RangeJoin.Try);
        Binary(all, seen, pairs, DateTimeJoin.Try);
        Binary(all, seen, pairs, DurationJoin.TryPair);
        Binary(all, seen, pairs, DateTimeJoin.Try);
        Unary(all, seen, context, DurationJoin.TryAlone);
        Unary(all, seen, context, ModifierJoin.Try);
        Binary(all, seen, pairs, DateTimeJoin.Try);
        Binary(all, seen, pairs, SetJoin.Try);
        return all;
    }

    private static void Binary(List<Candidate> all, HashSet<(int, int, Type)> seen, Pairs pairs, Func<Pair, Candidate?> join)
    {
        var found = pairs.Current().Select(join).OfType<Candidate>().ToList();
        foreach (var c in found)
        {
            if (seen.Add(Key(c))) all.Add(c);
        }
    }

    /// <summary>The pairs of the readings so far, listed again only when a pass added readings (the list only grows).</summary>
    private sealed class Pairs(List<Candidate> all, DateContext context)
    {
        private List<Pair> listed = [];
        private int listedFor = -1;

        public List<Pair> Current()
        {
            if (listedFor != all.Count)
            {
                listed = [.. Pair.All(all, context)];
                listedFor = all.Count;
            }

            return listed;
        }
    }

    private static void Unary(List<Candidate> all, HashSet<(int, int, Type)> seen, DateContext context, Func<Candidate, DateContext, Candidate?> join)
    {
        foreach (var c in all.ToList())
        {
            if (join(c, context) is { } joined && joined.Start >= 0 && seen.Add(Key(joined))) all.Add(joined);
        }
    }

    private static (int, int, Type) Key(Candidate c) => (c.Start, c.End, c.Value.GetType());
}
