using System.Globalization;
using System.Text.Json;

namespace ServiceDesk.Core.Recognition.Tests.Eval;

/// <summary>
/// Scores one case as the suite's README says: each expected result must meet an actual one with
/// the same text (ignoring case) that resolves the same; strict also wants as many results.
/// </summary>
internal static class CaseScorer
{
    public static (bool Lenient, bool Strict) Score(SuiteKind kind, IReadOnlyList<JsonElement> expected, IReadOnlyList<JsonElement> actual)
    {
        var pool = actual.Where(a => kind != SuiteKind.Duration || TypeName(a) == "datetimeV2.duration").ToList();
        var count = pool.Count;
        if (expected.Count == 0) return (count == 0, count == 0);
        foreach (var e in expected)
        {
            var text = Text(e);
            var match = pool.FindIndex(a => string.Equals(Text(a), text, StringComparison.OrdinalIgnoreCase) && Same(kind, e, a));
            if (match < 0) return (false, false);
            pool.RemoveAt(match);
        }

        return (true, count == expected.Count);
    }

    private static bool Same(SuiteKind kind, JsonElement expected, JsonElement actual) => kind switch
    {
        SuiteKind.Number => SameNumber(Str(EvalCase.Prop(expected, "Resolution"), "value"), Str(EvalCase.Prop(actual, "Resolution"), "value")),
        SuiteKind.Duration => SameDuration(expected, actual),
        _ => SameDateTime(FirstValue(expected), FirstValue(actual)),
    };

    private static bool SameDuration(JsonElement expected, JsonElement actual)
    {
        var value = EvalCase.Prop(expected, "Value");
        var timex = Str(value, "Timex");
        var seconds = value is { } v ? Str(EvalCase.Prop(v, "FutureResolution"), "duration") : null;
        var a = FirstValue(actual);
        return timex == Str(a, "timex") && SameNumber(seconds, Str(a, "value"));
    }

    private static bool SameDateTime(JsonElement? expected, JsonElement? actual) =>
        expected is not null && actual is not null && Str(expected, "timex") == Str(actual, "timex") && Key(expected) == Key(actual);

    private static string? Key(JsonElement? v)
    {
        var value = Str(v, "value");
        return value is not null && value != "not resolved" ? value : Str(v, "start") ?? Str(v, "end");
    }

    private static JsonElement? FirstValue(JsonElement result) =>
        EvalCase.Prop(result, "Resolution") is { } r && EvalCase.Prop(r, "values") is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() > 0 ? a[0] : null;

    private static bool SameNumber(string? a, string? b)
    {
        if (a is null || b is null) return false;
        if (!TryNumber(a, out var x) || !TryNumber(b, out var y)) return a == b;
        return x == y || Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y));
    }

    private static bool TryNumber(string s, out double v) =>
        double.TryParse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out v);

    private static string? Text(JsonElement e) => Str(e, "Text");

    private static string? TypeName(JsonElement e) => Str(e, "TypeName");

    private static string? Str(JsonElement? e, string name) =>
        e is { } el && EvalCase.Prop(el, name) is { ValueKind: JsonValueKind.String } p ? p.GetString() : null;
}
