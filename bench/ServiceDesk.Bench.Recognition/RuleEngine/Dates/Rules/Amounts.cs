using System.Globalization;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Bench.Recognition.RuleEngine.Numbers;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Reads the amount in front of a unit: "3", "3,5", "three", "vingt-quatre", "a", "a few", "½".</summary>
internal static class Amounts
{
    public const string Digits = @"\d+(?:[.,]\d+)?";

    public static string Pattern(DateVocabulary words) => $@"(?:{Digits}|½|{words.NumberWord})";

    public static double? Parse(string text, DateContext context)
    {
        var clean = text.Trim();
        if (clean.Length == 0) return null;
        if (clean == "½") return 0.5;
        if (char.IsAsciiDigit(clean[0]))
        {
            return double.TryParse(clean.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        }

        if (context.Words.NumberOf(clean) is { } n) return n;
        var found = RuleNumberRecognizer.Find(clean, clean, Cultures.IsFrench(context.French ? "fr" : "en"));
        return found.Count == 1 && found[0].Start == 0 && found[0].End == clean.Length ? found[0].Value : null;
    }

    public static int? Whole(string text, DateContext context) =>
        Parse(text, context) is { } v && v % 1 == 0 && v is >= 0 and < 100000 ? (int)v : null;
}
