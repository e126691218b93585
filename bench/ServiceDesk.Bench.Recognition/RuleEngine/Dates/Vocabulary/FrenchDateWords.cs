using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;

/// <summary>French words (accents folded) for months, weekdays, units and day numbers.</summary>
internal static class FrenchDateWords
{
    private static readonly string[] Units =
        ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
         "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf"];

    private static readonly string[] Tens = ["vingt", "trente", "quarante", "cinquante"];

    public static DateVocabulary Vocabulary { get; } = new()
    {
        French = true,
        Months = Table(
            ("janvier", 1), ("janv", 1), ("jan", 1), ("fevrier", 2), ("fevr", 2), ("fev", 2), ("mars", 3), ("avril", 4), ("avr", 4),
            ("mai", 5), ("juin", 6), ("juillet", 7), ("juil", 7), ("aout", 8), ("septembre", 9), ("sept", 9), ("sep", 9),
            ("octobre", 10), ("oct", 10), ("novembre", 11), ("nov", 11), ("decembre", 12), ("dec", 12)),
        Weekdays = Table(
            ("lundi", 1), ("lun", 1), ("mardi", 2), ("mar", 2), ("mercredi", 3), ("mer", 3), ("jeudi", 4), ("jeu", 4),
            ("vendredi", 5), ("ven", 5), ("samedi", 6), ("sam", 6), ("dimanche", 7), ("dim", 7)),
        Units = new Dictionary<string, DurationUnit>(StringComparer.Ordinal)
        {
            ["secondes"] = DurationUnit.Second, ["seconde"] = DurationUnit.Second, ["secs"] = DurationUnit.Second, ["sec"] = DurationUnit.Second, ["s"] = DurationUnit.Second,
            ["minutes"] = DurationUnit.Minute, ["minute"] = DurationUnit.Minute, ["mins"] = DurationUnit.Minute, ["min"] = DurationUnit.Minute, ["mn"] = DurationUnit.Minute,
            ["heures"] = DurationUnit.Hour, ["heure"] = DurationUnit.Hour, ["hrs"] = DurationUnit.Hour, ["hr"] = DurationUnit.Hour, ["h"] = DurationUnit.Hour,
            ["jours"] = DurationUnit.Day, ["jour"] = DurationUnit.Day, ["journees"] = DurationUnit.Day, ["journee"] = DurationUnit.Day, ["j"] = DurationUnit.Day,
            ["nuits"] = DurationUnit.Day, ["nuit"] = DurationUnit.Day, ["jours ouvres"] = DurationUnit.BusinessDay, ["jours ouvrables"] = DurationUnit.BusinessDay,
            ["semaines"] = DurationUnit.Week, ["semaine"] = DurationUnit.Week, ["sem"] = DurationUnit.Week,
            ["week ends"] = DurationUnit.Weekend, ["week end"] = DurationUnit.Weekend, ["weekends"] = DurationUnit.Weekend, ["weekend"] = DurationUnit.Weekend,
            ["mois"] = DurationUnit.Month,
            ["annees"] = DurationUnit.Year, ["annee"] = DurationUnit.Year, ["ans"] = DurationUnit.Year, ["an"] = DurationUnit.Year,
            ["decennies"] = DurationUnit.Decade, ["decennie"] = DurationUnit.Decade,
        },
        DayWords = DayWordTable(),
        NumberWords = NumberWordTable(),
    };

    private static Dictionary<string, int> DayWordTable()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal) { ["premier"] = 1, ["1er"] = 1 };
        foreach (var (word, value) in NumberWordTable())
        {
            if (value is >= 2 and <= 31 && !word.Contains("quel", StringComparison.Ordinal) && !word.Contains("couple", StringComparison.Ordinal)) table[word] = value;
        }

        return table;
    }

    private static Dictionary<string, int> NumberWordTable()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["une"] = 1, ["quelques"] = 3, ["quel ques"] = 3, ["plusieurs"] = 3, ["une couple de"] = 2, ["deux ou trois"] = 3,
        };
        for (var i = 1; i < Units.Length; i++) table[Units[i]] = i;
        for (var t = 0; t < Tens.Length; t++)
        {
            var tens = (t + 2) * 10;
            table[Tens[t]] = tens;
            table[Tens[t] + " et un"] = tens + 1;
            table[Tens[t] + " et une"] = tens + 1;
            for (var u = 1; u <= 9; u++) table[Tens[t] + " " + Units[u]] = tens + u;
        }

        return table;
    }

    private static Dictionary<string, int> Table(params (string Word, int Value)[] entries) =>
        entries.ToDictionary(e => e.Word, e => e.Value, StringComparer.Ordinal);
}
