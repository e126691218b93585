using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Puts a time on a repeat: "3pm each day", "every Monday at 9", "4pm chaque lundi", "thursdays at 17.30".</summary>
internal static class SetJoin
{
    public static Candidate? Try(Pair p) => (p.Left.Value, p.Right.Value) switch
    {
        (SetValue s, TimeValue t) when p.Gap is "at" or "a" or "," or "" or "vers" => p.Join(new SetValue(Timed(s.Timex, t.Clock))),
        (TimeValue t, SetValue s) when p.Gap is "" or "," or "on" => p.Join(new SetValue(Timed(s.Timex, t.Clock))),
        _ => null,
    };

    private static string Timed(string set, ClockTime clock) => set.StartsWith("XXXX", StringComparison.Ordinal) ? set + clock.Timex : clock.Timex;
}
