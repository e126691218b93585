using System.Globalization;
using System.Text.Json.Nodes;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Numbers;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Cli;

/// <summary>
/// Runs the recognizers on one text and writes their results in the public suites' shape:
/// Text, TypeName, Start, End (inclusive), Resolution ({values:[{timex,type,value|start,end,Mod}]}
/// for date-times, {value} for numbers). Numbers inside a date-time are left out.
/// </summary>
public static class RecognitionJson
{
    public static JsonArray Recognize(string text, string culture, DateTime reference, RecognitionModels models)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = models.HasFlag(RecognitionModels.DateTime) ? DateTimeRecognizer.Recognize(text, culture, reference) : [];
        var numbers = models.HasFlag(RecognitionModels.Number) ? NumberRecognizer.Recognize(text, culture) : [];
        var kept = numbers.Where(n => !dates.Any(d => d.Start <= n.End && n.Start <= d.End));
        var entries = dates.Select(d => (d.Start, Node: Write(d))).Concat(kept.Select(n => (n.Start, Node: Write(n, culture))));
        return new JsonArray(entries.OrderBy(e => e.Start).Select(e => (JsonNode?)e.Node).ToArray());
    }

    private static JsonObject Write(DateTimeResult result)
    {
        var values = new JsonArray();
        foreach (var v in result.Values)
        {
            var value = new JsonObject { ["timex"] = v.Timex, ["type"] = v.Type };
            if (v.Value is not null) value["value"] = v.Value;
            if (v.Start is not null) value["start"] = v.Start;
            if (v.End is not null) value["end"] = v.End;
            if (v.Mod is not null) value["Mod"] = v.Mod;
            values.Add(value);
        }

        return Entry(result.Text, result.TypeName, result.Start, result.End, new JsonObject { ["values"] = values });
    }

    private static JsonObject Write(NumberResult result, string culture)
    {
        var value = result.Value.ToString("G15", CultureInfo.InvariantCulture);
        if (Cultures.IsFrench(culture)) value = value.Replace('.', ',');
        return Entry(result.Text, result.TypeName, result.Start, result.End, new JsonObject { ["value"] = value });
    }

    private static JsonObject Entry(string text, string typeName, int start, int end, JsonObject resolution) => new()
    {
        ["Text"] = text,
        ["TypeName"] = typeName,
        ["Start"] = start,
        ["End"] = end,
        ["Resolution"] = resolution,
    };
}
