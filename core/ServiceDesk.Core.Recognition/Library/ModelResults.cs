using System.Globalization;
using Microsoft.Recognizers.Text;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Numbers;

namespace ServiceDesk.Core.Recognition.Library;

/// <summary>Turns the library's results (string-keyed resolutions) into the project's typed results.</summary>
internal static class ModelResults
{
    public static DateTimeResult? ToDateTime(ModelResult result)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values) return null;
        var readings = values.Select(Reading).ToList();
        return new DateTimeResult(result.Text, result.Start, result.End, result.TypeName, readings);
    }

    public static NumberResult? ToNumber(ModelResult result, string typeName)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("value", out var raw) || raw is not string text) return null;
        return double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new NumberResult(result.Text, result.Start, result.End, typeName, value)
            : null;
    }

    private static DateTimeResolution Reading(Dictionary<string, string> v) =>
        new(Get(v, "timex") ?? string.Empty, Get(v, "type") ?? string.Empty, Get(v, "value"), Get(v, "start"), Get(v, "end"), Get(v, "Mod"));

    private static string? Get(Dictionary<string, string> v, string key) => v.TryGetValue(key, out var s) ? s : null;
}
