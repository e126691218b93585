using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Two readings joined into a range: "from 2pm to 4pm", "between 10 and 11:30", "du 3 au 5 mars", "2014-2018", "entre 14h et 16h".</summary>
internal static class RangeJoin
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "to", "-", "till", "til", "until", "through", "thru", "and", "au", "a", "jusqu'a", "jusqu'au", "et", "~", "--", "to the", "till the", "until the", "and the",
        "jusqu'a la", "through the",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "from", "between", "du", "de", "entre", "des", "d'", "from the", "between the" };

    public static Candidate? Try(Pair p)
    {
        if (!Connectors.Contains(p.Gap)) return null;
        var (word, wordStart) = p.Prefix;
        var opened = Openers.Contains(word);
        if (p.Gap is "and" or "et" or "and the" && word is not ("between" or "entre")) return null;
        var value = Value(p, opened);
        return value is null ? null : p.Join(value, opened ? wordStart : p.Left.Start);
    }

    private static Temporal? Value(Pair p, bool opened) => (p.Left.Value, p.Right.Value) switch
    {
        (NumberValue a, NumberValue b) => Numbers(a, b, p.Gap, opened),
        (TimeValue or NumberValue, TimeValue or NumberValue) => Times(p.Left.Value, p.Right.Value),
        (DateTimeValue a, TimeValue b) => DateRanges.Moments(a, new DateTimeValue(a.Date, b.Clock)),
        (DateTimeValue a, DateTimeValue b) => DateRanges.Moments(a, b),
        _ => DateRanges.Between(p.Left.Value, p.Right.Value, p.Context),
    };

    private static Temporal? Numbers(NumberValue a, NumberValue b, string gap, bool opened)
    {
        if (Clocks.Of(a) is not { } from || Clocks.Of(b) is not { } to) return null;
        var range = Clocks.Align(from, to);
        if (opened && (a.Digits || b.Digits)) return range;
        return gap == "-" && a.Digits && b.Digits ? new LooseTimeRange(range) : null;
    }

    private static Temporal? Times(Temporal a, Temporal b) =>
        Clocks.Of(a) is { } from && Clocks.Of(b) is { } to ? Clocks.Align(from, to) : null;
}
