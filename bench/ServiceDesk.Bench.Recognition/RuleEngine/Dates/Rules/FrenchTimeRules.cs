using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>French clock times: "15h30", "14 h", "8 heures", "sept heures moins dix", "midi et demi", "4:45 du matin".</summary>
internal static class FrenchTimeRules
{
    private const string PartOfDay = @"(?:\s+(?<ampm>du\s+matin|du\s+soir|de\s+l'apres[\s-]?midi|de\s+l'aprem|de\s+la\s+nuit|apres[\s-]?midi|matin))";

    private static readonly Regex DurationCue = Patterns.CreateEndAnchored(@"\b(?:pour|pendant|durant|depuis|dans|y\s+a|ya|en|de\s+plus\s+de|plus\s+de|moins\s+de|fait|toutes\s+les|tous\s+les|chaque|les|des|quelques)\s*$");

    private static readonly Regex ClockCue = Patterns.CreateEndAnchored(@"\b(?:a|vers|est|il\s+est|des|jusqu'a|jusqu'|avant|apres|entre|de|et|d'ici|sur)\s*$");

    private static readonly Regex ClockAfter = Patterns.Create(@"^\s*(?:chaque|tous|toutes|le\s|ce\s|cet|demain|hier|aujourd|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|du\s+mat|du\s+soir)");

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var hourWord = words.HourWord;
        var minuteWord = words.MinuteWord;
        var hour = $@"(?:(?<h>[01]?\d|2[0-4])|(?<hw>{hourWord}))";
        var minutes = $@"(?:\s*(?<m>[0-5]\d)(?!\s*h\b)(?:\s+minutes?)?|\s+(?:et\s+)?(?<mw>{minuteWord})(?:\s+minutes?)?(?!\s*(?:h|heures?)\b)|\s+et\s+(?<m>[0-5]?\d)\s+minutes?|\s+(?<q>et\s+quart|et\s+demie?|moins\s+(?:le\s+)?quart|moins\s+(?:(?<minus>[0-5]?\d)|(?<mwminus>{minuteWord}))))?";
        yield return R($@"\b(?<h>[01]?\d|2[0-4]):(?<m>[0-5]\d)(?::(?<s>[0-5]\d))?(?:\s*{EnglishTimeRules.AmPm}|{PartOfDay})?(?!\d)", EnglishTimeRules.Digits(words));
        yield return R($@"\b(?<h>1[0-2]|0?\d)(?:[.](?<m>[0-5]\d))?\s*{EnglishTimeRules.AmPm}", EnglishTimeRules.Digits(words));
        yield return R($@"\b(?<hh>0?[1-9]|1[0-2])(?<m>[0-5]\d)\s*{EnglishTimeRules.AmPm}", EnglishTimeRules.Digits(words));
        yield return R($@"\b{hour}\s*(?<unit>heures?|h)(?![\p{{L}}]){minutes}{PartOfDay}?", Hours(words));
        yield return R($@"\b{hour}{PartOfDay}", Hours(words));
        yield return R($@"\b(?<name>midi|minuit)(?:\s+(?<q>et\s+quart|et\s+demie?|moins\s+le\s+quart))?\b", Named);
        yield return R(@"(?<=\b(?:a|vers)\s+)(?<h>[01]?\d|2[0-3])(?![\d:/,]|\.\d|\s*(?:%|€|\$|ans?\b|jours?\b|semaines?\b|mois\b|personnes?\b|fois\b|eme\b|e\b|er\b|minutes?\b))", EnglishTimeRules.Digits(words));
    }

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static Temporal? Named(Match m, DateContext c)
    {
        var hour = m.Text("name") == "midi" ? 12 : 0;
        var clock = Quarter(hour, m.Text("q"), null) ?? new ClockTime(hour, Settled: true);
        return new TimeValue(clock.Settle());
    }

    private static Func<Match, DateContext, Temporal?> Hours(DateVocabulary words) => (m, c) =>
    {
        var hour = m.Has("hw") ? words.NumberOf(m.Text("hw")) : m.Int("h");
        if (hour is null || !IsClock(m, c)) return null;
        var meridiem = ClockBuild.Meridiem(m.Text("ampm"));
        if (m.Has("minus") || m.Has("mwminus"))
        {
            var minus = m.Has("mwminus") ? words.NumberOf(m.Text("mwminus")) : m.Int("minus");
            return minus is > 0 and < 60 && ClockBuild.Shifted(hour.Value, minus.Value, true, meridiem) is { } s ? new TimeValue(s) : null;
        }

        if (m.Has("q")) return Quarter(hour.Value, m.Text("q"), meridiem) is { } q ? new TimeValue(q) : null;

        int? minute = m.Has("mw") ? words.NumberOf(m.Text("mw")) : m.Int("m");
        var clock = ClockBuild.Clock(hour.Value, minute, null, meridiem);
        return clock is null ? null : new TimeValue(m.Has("unit") && hour > 12 ? clock.Settle() : clock);
    };

    private static ClockTime? Quarter(int hour, string text, char? meridiem)
    {
        var clean = DateVocabulary.Clean(text);
        if (clean.Length == 0) return null;
        if (clean.StartsWith("moins", StringComparison.Ordinal)) return ClockBuild.Shifted(hour, 15, true, meridiem);
        return ClockBuild.Clock(hour, clean.EndsWith("quart", StringComparison.Ordinal) ? 15 : 30, null, meridiem);
    }

    /// <summary>"à 3 heures" is a time, "pour 3 heures" a duration; with minutes or a part of day it is always a time.</summary>
    public static bool IsClock(Match m, DateContext c)
    {
        if (m.Has("m") || m.Has("mw") || m.Has("q") || m.Has("minus") || m.Has("mwminus") || m.Has("ampm")) return true;
        var before = c.Before(m.Index, 20);
        if (DurationCue.IsMatch(before)) return false;
        if (ClockCue.IsMatch(before)) return true;
        if (ClockAfter.IsMatch(c.After(m.Index + m.Length, 16))) return true;
        var glued = m.Text("unit") == "h" && !m.Value.Contains(' ', StringComparison.Ordinal);
        return glued || m.Has("h") && !m.Has("unit");
    }

    /// <summary>For the duration rules: is "N heures" at this place a clock time instead?</summary>
    public static bool ClockHere(int start, int end, DateContext c) =>
        !DurationCue.IsMatch(c.Before(start, 20)) && (ClockCue.IsMatch(c.Before(start, 20)) || ClockAfter.IsMatch(c.After(end, 16)));
}
