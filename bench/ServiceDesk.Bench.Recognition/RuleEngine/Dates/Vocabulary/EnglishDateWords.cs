using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;

/// <summary>English words for months, weekdays, units and day numbers.</summary>
internal static class EnglishDateWords
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Ordinals =
        ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
         "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
         "twentieth"];

    public static DateVocabulary Vocabulary { get; } = new()
    {
        French = false,
        Months = Table(
            ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
            ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
            ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12)),
        Weekdays = Table(
            ("monday", 1), ("mon", 1), ("tuesday", 2), ("tues", 2), ("tue", 2), ("wednesday", 3), ("wed", 3),
            ("thursday", 4), ("thurs", 4), ("thur", 4), ("thu", 4), ("friday", 5), ("fri", 5), ("saturday", 6),
            ("sat", 6), ("sunday", 7), ("sun", 7)),
        Units = new Dictionary<string, DurationUnit>(StringComparer.Ordinal)
        {
            ["seconds"] = DurationUnit.Second, ["second"] = DurationUnit.Second, ["secs"] = DurationUnit.Second, ["sec"] = DurationUnit.Second, ["s"] = DurationUnit.Second,
            ["minutes"] = DurationUnit.Minute, ["minute"] = DurationUnit.Minute, ["mins"] = DurationUnit.Minute, ["min"] = DurationUnit.Minute,
            ["hours"] = DurationUnit.Hour, ["hour"] = DurationUnit.Hour, ["hrs"] = DurationUnit.Hour, ["hr"] = DurationUnit.Hour, ["h"] = DurationUnit.Hour,
            ["days"] = DurationUnit.Day, ["day"] = DurationUnit.Day, ["d"] = DurationUnit.Day, ["nights"] = DurationUnit.Day, ["night"] = DurationUnit.Day,
            ["business days"] = DurationUnit.BusinessDay, ["business day"] = DurationUnit.BusinessDay,
            ["weeks"] = DurationUnit.Week, ["week"] = DurationUnit.Week, ["w"] = DurationUnit.Week,
            ["weekends"] = DurationUnit.Weekend, ["weekend"] = DurationUnit.Weekend,
            ["months"] = DurationUnit.Month, ["month"] = DurationUnit.Month,
            ["years"] = DurationUnit.Year, ["year"] = DurationUnit.Year, ["y"] = DurationUnit.Year,
            ["decades"] = DurationUnit.Decade, ["decade"] = DurationUnit.Decade,
            ["fortnights"] = DurationUnit.Fortnight, ["fortnight"] = DurationUnit.Fortnight,
        },
        DayWords = DayWordTable(),
        NumberWords = NumberWordTable(),
    };

    private static Dictionary<string, int> DayWordTable()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < Ordinals.Length; i++) table[Ordinals[i]] = i;
        table["thirtieth"] = 30;
        for (var i = 1; i <= 9; i++) table["twenty " + Ordinals[i]] = 20 + i;
        table["thirty first"] = 31;
        for (var i = 1; i < Units.Length; i++) table[Units[i]] = i;
        for (var i = 1; i <= 9; i++) table["twenty " + Units[i]] = 20 + i;
        table["twenty"] = 20;
        table["thirty"] = 30;
        table["thirty one"] = 31;
        return table;
    }

    private static Dictionary<string, int> NumberWordTable()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1, ["an"] = 1, ["a couple of"] = 2, ["couple of"] = 2, ["a few"] = 3, ["few"] = 3, ["several"] = 3 };
        for (var i = 1; i < Units.Length; i++) table[Units[i]] = i;
        for (var t = 0; t < Tens.Length; t++)
        {
            table[Tens[t]] = (t + 2) * 10;
            for (var u = 1; u <= 9; u++) table[Tens[t] + " " + Units[u]] = ((t + 2) * 10) + u;
        }

        return table;
    }

    private static Dictionary<string, int> Table(params (string Word, int Value)[] entries) =>
        entries.ToDictionary(e => e.Word, e => e.Value, StringComparer.Ordinal);
}
