using System.Globalization;
using System.Text.RegularExpressions;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// Finds numbers written with digits: grouped thousands, decimals (culture's separator),
/// fractions, exponents ("1e10", "2.5^-1") and multiplier suffixes ("10k", "1MM"). A number glued
/// to a unit ("29km", "1m") is not a number.
/// </summary>
internal static class DigitNumberScanner
{
    private const string Space = "[ \u00a0\u202f]";
    private const string Tail = @"(?:e(?<exp>[+-]?\d+)|\^(?<pow>[+-]*\d+))?(?:" + Space + @"?(?:(?<k>[kK])|(?<mm>MM)|(?<m>M)|(?<mil>mil)))?(?![\p{L}\d])";
    private const string Fractions = @"(?<whole>\d+)\s+(?<num>\d+)\s*/\s*(?<den>\d+)|(?<num>\d+)\s*/\s*(?<den>\d+)";

    private static readonly Regex English = Patterns.Create(
        @"(?<![\p{L}\d])(?<sign>-\s?)?(?>" + Fractions +
        @"|(?<![\d],)(?<int>\d+),(?<dec>\d{1,2})(?![\d,])" +
        @"|(?<int>\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:" + Space + @"\d{3})+(?!\d)|\d+)(?:\.(?<dec>\d+)(?!\.\d))?" +
        @"|(?<=^|\s)\.(?<dec>\d+))" + Tail);

    private static readonly Regex French = Patterns.Create(
        @"(?<![\p{L}\d])(?<sign>-\s?)?(?>" + Fractions +
        @"|(?<int>\d{1,3}(?:" + Space + @"\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,(?<dec>\d+))?)" + Tail);

    private static readonly Regex Dotted = Patterns.Create(@"(?<![\p{L}\d.])\d+(?:\.\d+){2,}(?![\p{L}\d]|\.\d)");

    private static readonly Regex Digits = Patterns.Create(@"\d+");

    public static IReadOnlyList<DigitNumber> Scan(string text, bool french)
    {
        var found = new List<DigitNumber>();
        var masked = french ? text : MaskDotted(text, found);
        foreach (var match in Patterns.Scan(french ? French : English, masked))
        {
            found.Add(Evaluate(match));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>"192.168.1.2" is four integers in English; they are taken out before the main scan.</summary>
    private static string MaskDotted(string text, List<DigitNumber> found)
    {
        if (!text.Contains('.', StringComparison.Ordinal)) return text;
        var chars = text.ToCharArray();
        foreach (var run in Patterns.Scan(Dotted, text))
        {
            foreach (var part in Patterns.Scan(Digits, run.Value))
            {
                found.Add(new DigitNumber(run.Index + part.Index, run.Index + part.Index + part.Length, Parse(part.Value), true));
            }

            Array.Fill(chars, '#', run.Index, run.Length);
        }

        return new string(chars);
    }

    private static DigitNumber Evaluate(Match m)
    {
        var value = m.Groups["num"].Success ? Fraction(m) : Decimal(m);
        if (m.Groups["exp"].Success) value *= Math.Pow(10, int.Parse(m.Groups["exp"].Value, CultureInfo.InvariantCulture));
        if (m.Groups["pow"].Success) value = Math.Pow(value, Power(m.Groups["pow"].Value));
        value *= Suffix(m);
        if (m.Groups["sign"].Success) value = -value;
        var plain = !m.Groups["sign"].Success && !m.Groups["dec"].Success && !m.Groups["num"].Success
            && !m.Groups["exp"].Success && !m.Groups["pow"].Success && Suffix(m) == 1;
        return new DigitNumber(m.Index, m.Index + m.Length, value, plain);
    }

    private static double Fraction(Match m)
    {
        var whole = m.Groups["whole"].Success ? Parse(m.Groups["whole"].Value) : 0;
        var den = Parse(m.Groups["den"].Value);
        return den == 0 ? whole : whole + (Parse(m.Groups["num"].Value) / den);
    }

    private static double Decimal(Match m)
    {
        var digits = new string(m.Groups["int"].Value.Where(char.IsAsciiDigit).ToArray());
        var dec = m.Groups["dec"].Success ? "." + m.Groups["dec"].Value : string.Empty;
        return Parse((digits.Length == 0 ? "0" : digits) + dec);
    }

    private static double Power(string text)
    {
        var minus = text.Count(c => c == '-');
        var magnitude = Parse(text.TrimStart('+', '-'));
        return minus % 2 == 1 ? -magnitude : magnitude;
    }

    private static double Suffix(Match m) =>
        m.Groups["k"].Success ? 1e3 : m.Groups["mm"].Success || m.Groups["m"].Success || m.Groups["mil"].Success ? 1e6 : 1;

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
