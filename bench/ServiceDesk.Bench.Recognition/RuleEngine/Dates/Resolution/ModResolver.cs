using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;

/// <summary>
/// Opens a resolution for its modifier: "before X" ends where X starts, "after X" starts where
/// X ends, "since X" starts where X starts, "until X" ends where X ends; a point becomes a range.
/// </summary>
internal static class ModResolver
{
    public static DateTimeResolution Apply(DateTimeResolution plain, Temporal value)
    {
        var mod = value.Mod!;
        var type = RangeType(plain.Type);
        if (plain.Type is "duration" or "set" || type is null) return plain with { Mod = mod };
        var start = plain.Start ?? plain.Value;
        var end = plain.End ?? plain.Value;
        var basic = mod.Split('-')[0];
        return basic switch
        {
            "before" => new DateTimeResolution(plain.Timex, type, null, null, mod == "before-end" ? end : start, mod),
            "until" => new DateTimeResolution(plain.Timex, type, null, null, end, mod),
            "after" => new DateTimeResolution(plain.Timex, type, null, plain.Value ?? end, null, mod),
            "since" => new DateTimeResolution(plain.Timex, type, null, start, null, mod),
            _ => plain with { Type = plain.Value is null ? plain.Type : type, Mod = mod },
        };
    }

    private static string? RangeType(string type) => type switch
    {
        "date" or "daterange" => "daterange",
        "time" or "timerange" => "timerange",
        "datetime" or "datetimerange" => "datetimerange",
        "duration" => "duration",
        "set" => "set",
        _ => null,
    };
}
