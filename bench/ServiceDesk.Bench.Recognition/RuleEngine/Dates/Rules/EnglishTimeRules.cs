using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>English clock times: "8:00:31am", "3 pm", "8.30 pm", "1140 a.m.", "seven o'clock", "half past seven", "noon".</summary>
internal static class EnglishTimeRules
{
    public const string AmPm = @"(?<ampm>[ap]\s*\.?\s*m\b(?:\s*\.)?)";
    public const string Glued = @"(?<ampm>[ap])(?![\p{L}\d])";

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var hourWord = words.HourWord;
        var minuteWord = words.MinuteWord;
        var meridiem = $@"(?:\s*{AmPm}|{Glued})";
        yield return R($@"\b(?<h>[01]?\d|2[0-4]):(?<m>[0-5]\d)(?::(?<s>[0-5]\d))?{meridiem}?(?!\d)", Digits(words));
        yield return R($@"\b(?<h>1[0-2]|0?\d)(?:[.](?<m>[0-5]\d))?{meridiem}", Digits(words));
        yield return R($@"\b(?<hh>0?[1-9]|1[0-2])(?<m>[0-5]\d)\s*{AmPm}", Digits(words));
        yield return R($@"\b(?<hw>{hourWord})(?:\s+(?<mw>{minuteWord}))?\s*{AmPm}", Digits(words));
        yield return R($@"\b(?<hw>{hourWord})\s+(?<mw>fifteen|thirty|forty[\s-]+five|twenty|ten|fifty|forty)\b(?!\s*(?:{words.Unit})\b)", Digits(words));
        yield return R($@"\b(?:(?<h>[01]?\d|2[0-3])|(?<hw>{hourWord}))\s*o\s?'?\s?clock(?:\s*{AmPm})?", Digits(words));
        yield return R($@"\b(?:(?<mn>\d{{1,2}})|(?<mw>{minuteWord})|(?<q>a\s+quarter|quarter)|(?<half>half))(?:\s+minutes?)?\s+(?<dir>past|after|to|till|before)\s+(?:(?<h>[01]?\d|2[0-3])|(?<hw>{hourWord}))\b(?:\s*o\s?'?\s?clock)?(?:\s*{AmPm})?", Relative(words));
        yield return R(@"\b(?:12\s+)?(?<name>noon|midday|mid-day|midnight)\b", (m, _) =>
            new TimeValue(new ClockTime(m.Text("name") == "midnight" ? 0 : 12, Settled: true)));
        yield return R(@"(?<=\b(?:at|around|about|by)\s+)(?<h>[01]?\d|2[0-3])(?:[.](?<m>[0-5]\d))?(?![\d:/,]|\.\d|\s*(?:%|\$|st\b|nd\b|rd\b|th\b|[ap]\.?m\b|" + words.Unit + @"\b|people|persons?|times?))", Digits(words));
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    public static Func<Match, DateContext, Temporal?> Digits(DateVocabulary words) => (m, c) =>
    {
        var hour = m.Has("hh") ? m.Int("hh") : m.Has("hw") ? words.NumberOf(m.Text("hw")) : m.Int("h");
        int? minute = m.Has("mw") ? words.NumberOf(m.Text("mw")) : m.Int("m");
        if (hour is null || (m.Has("mw") && minute is null)) return null;
        var clock = ClockBuild.Clock(hour.Value, minute, m.Int("s"), ClockBuild.Meridiem(m.Text("ampm")));
        return clock is null ? null : new TimeValue(clock);
    };

    private static Func<Match, DateContext, Temporal?> Relative(DateVocabulary words) => (m, _) =>
    {
        var hour = m.Has("hw") ? words.NumberOf(m.Text("hw")) : m.Int("h");
        var minutes = m.Has("q") ? 15 : m.Has("half") ? 30 : m.Has("mw") ? words.NumberOf(m.Text("mw")) : m.Int("mn");
        if (hour is null || minutes is null or 0 or >= 60) return null;
        var before = m.Text("dir") is "to" or "till" or "before";
        if (before && !m.Has("q") && !m.Has("half") && minutes < 10) return null;
        var clock = ClockBuild.Shifted(hour.Value, minutes.Value, before, ClockBuild.Meridiem(m.Text("ampm")));
        return clock is null ? null : new TimeValue(clock);
    };
}
