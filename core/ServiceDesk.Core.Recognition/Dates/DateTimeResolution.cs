namespace ServiceDesk.Core.Recognition.Dates;

/// <summary>
/// One reading of a date-time expression, in the shape of the public recognizer suites:
/// a TIMEX value ("2016-11-07", "XXXX-WXX-1", "PT2H", "(T14,T16,PT2H)"), a type (date, time,
/// datetime, daterange, timerange, datetimerange, duration, set) and either <see cref="Value"/>
/// or <see cref="Start"/>/<see cref="End"/>, formatted "yyyy-MM-dd", "HH:mm:ss",
/// "yyyy-MM-dd HH:mm:ss" or whole seconds for a duration. <see cref="Mod"/> says "since",
/// "before", "after", "until", "approx"… when the expression was open or loose.
/// </summary>
public sealed record DateTimeResolution(string Timex, string Type, string? Value, string? Start, string? End, string? Mod);
