using System.Globalization;
using System.Text.Json;

namespace ServiceDesk.Core.Recognition.Tests.Eval;

/// <summary>One case of a suite file, read with property names in any case.</summary>
internal sealed record EvalCase(string Input, DateTime? Reference, bool Scored, IReadOnlyList<JsonElement> Results)
{
    public static IReadOnlyList<EvalCase> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(Read).ToList();
    }

    private static EvalCase Read(JsonElement e)
    {
        var input = Prop(e, "Input")?.GetString() ?? string.Empty;
        var reference = Prop(e, "Context") is { } ctx && Prop(ctx, "ReferenceDateTime") is { } r
            ? DateTime.Parse(r.GetString()!, CultureInfo.InvariantCulture)
            : (DateTime?)null;
        var scored = !Names(e, "NotSupported").Concat(Names(e, "NotSupportedByDesign")).Contains("dotnet");
        var results = Prop(e, "Results") is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(x => x.Clone()).ToList() : [];
        return new EvalCase(input, reference, scored, results);
    }

    private static IEnumerable<string> Names(JsonElement e, string name) =>
        Prop(e, name)?.GetString()?.Split(',').Select(s => s.Trim().ToLowerInvariant()) ?? [];

    public static JsonElement? Prop(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object) return null;
        foreach (var p in e.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        }

        return null;
    }
}
