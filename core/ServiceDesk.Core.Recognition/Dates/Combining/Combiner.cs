using ServiceDesk.Core.Recognition.Dates.Model;
using ServiceDesk.Core.Recognition.Dates.Rules;

namespace ServiceDesk.Core.Recognition.Dates.Combining;

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
        Binary(all, seen, context, DateTimeJoin.Try);
        Binary(all, seen, context, RangeJoin.Try);
        Binary(all, seen, context, DateTimeJoin.Try);
        Binary(all, seen, context, DurationJoin.TryPair);
        Binary(all, seen, context, DateTimeJoin.Try);
        Unary(all, seen, context, DurationJoin.TryAlone);
        Unary(all, seen, context, ModifierJoin.Try);
        Binary(all, seen, context, DateTimeJoin.Try);
        Binary(all, seen, context, SetJoin.Try);
        return all;
    }

    private static void Binary(List<Candidate> all, HashSet<(int, int, Type)> seen, DateContext context, Func<Pair, Candidate?> join)
    {
        var found = Pair.All(all, context).Select(join).OfType<Candidate>().ToList();
        foreach (var c in found)
        {
            if (seen.Add(Key(c))) all.Add(c);
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
