using System.Collections.Concurrent;

namespace ServiceDesk.Core.Calendar;

/// <summary>
/// When the desk is open: a time zone, opening hours per weekday (several ranges a day allowed), public holidays and
/// extra closed days. Seed 004: "Le service support de Lilie est ouvert du lundi au vendredi de 12h à 19h", the
/// default (<see cref="Default"/>, in Europe/Paris with France's public holidays).
/// </summary>
/// <remarks>
/// Every answer is an instant (<see cref="DateTimeOffset"/>); local days and times are turned into instants with the
/// zone's offset of that day, so a range keeps its local hours across daylight-saving changes. Immutable and
/// thread-safe (holiday lists are computed once per year and cached).
/// </remarks>
public sealed class BusinessCalendar
{
    private static readonly TimeSpan SeedOpens = TimeSpan.FromHours(12);
    private static readonly TimeSpan SeedCloses = TimeSpan.FromHours(19);

    private readonly IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningRange>> _hours;
    private readonly HashSet<DateOnly> _closedDays;
    private readonly bool _frenchHolidays;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidays = new();
    private readonly ConcurrentDictionary<DateOnly, (DateTimeOffset From, DateTimeOffset To)[]> _days = new();

    /// <param name="zone">The desk's time zone.</param>
    /// <param name="hours">Opening ranges per weekday (a missing day is closed); ranges of a day must not overlap.</param>
    /// <param name="frenchHolidays">Whether France's public holidays are closed.</param>
    /// <param name="closedDays">Other closed days (a bridge day, the desk's own days off).</param>
    public BusinessCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningRange>> hours, bool frenchHolidays = true,
        IEnumerable<DateOnly>? closedDays = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        Zone = zone;
        _hours = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, IReadOnlyList<OpeningRange> (d) => Sorted(hours.GetValueOrDefault(d) ?? [], d));
        if (_hours.Values.All(r => r.Count == 0))
        {
            throw new ArgumentException("The desk must open at least one day a week.", nameof(hours));
        }

        _frenchHolidays = frenchHolidays;
        _closedDays = [.. closedDays ?? []];
    }

    /// <summary>Seed 004's desk: Monday to Friday, 12:00–19:00, Europe/Paris, French public holidays closed.</summary>
    public static BusinessCalendar Default { get; } = new(ParisZone(), WeekdaysSeed());

    public TimeZoneInfo Zone { get; }

    /// <summary>The opening ranges of a weekday, earliest first (empty when closed that day).</summary>
    public IReadOnlyList<OpeningRange> HoursOn(DayOfWeek day) => _hours[day];

    /// <summary>Whether the desk opens at all on that local date (a working weekday that is no holiday or closed day).</summary>
    public bool IsOpeningDay(DateOnly date) =>
        _hours[date.DayOfWeek].Count > 0 && !_closedDays.Contains(date) && !(_frenchHolidays && Holidays(date.Year).Contains(date));

    /// <summary>The open ranges of one local date as instants (none on a closed day).</summary>
    /// <remarks>Cached per date: indicators over a million tickets ask for the same few hundred days.</remarks>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> OpenOn(DateOnly date) =>
        _days.GetOrAdd(date, d => IsOpeningDay(d) ? [.. _hours[d.DayOfWeek].Select(r => (At(d, r.From), At(d, r.To)))] : []);

    public bool IsOpen(DateTimeOffset at) => OpenOn(LocalDate(at)).Any(r => at >= r.From && at < r.To);

    /// <summary>The instant itself while open, otherwise the next opening.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset at) => OpenFrom(at).First().From;

    /// <summary>The open stretches from <paramref name="start"/> on, the first clipped to start there; endless.</summary>
    public IEnumerable<(DateTimeOffset From, DateTimeOffset To)> OpenFrom(DateTimeOffset start)
    {
        for (var date = LocalDate(start); ; date = date.AddDays(1))
        {
            foreach (var (from, to) in OpenOn(date))
            {
                if (to > start)
                {
                    yield return (from > start ? from : start, to);
                }
            }
        }
    }

    /// <summary>Opening time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan OpenTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        for (DateOnly date = LocalDate(from), last = LocalDate(to); date <= last; date = date.AddDays(1))
        {
            foreach (var (start, end) in OpenOn(date))
            {
                var a = start > from ? start : from;
                var b = end < to ? end : to;
                total += b > a ? b - a : TimeSpan.Zero;
            }
        }

        return total;
    }

    /// <summary>The instant when <paramref name="duration"/> of opening time has passed since <paramref name="start"/>.</summary>
    public DateTimeOffset AddOpenTime(DateTimeOffset start, TimeSpan duration)
    {
        var left = duration;
        foreach (var (from, to) in OpenFrom(start))
        {
            if (to - from >= left)
            {
                return from + left;
            }

            left -= to - from;
        }

        throw new InvalidOperationException("Unreachable: the calendar opens every week.");
    }

    /// <summary>
    /// The <paramref name="days"/>-th opening day after <paramref name="start"/> (counted from the next opening when
    /// closed), at the same local clock time, or at that day's closing time when that time is outside its hours.
    /// </summary>
    public DateTimeOffset AddOpeningDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var opening = NextOpening(start);
        var local = TimeZoneInfo.ConvertTime(opening, Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            counted += IsOpeningDay(date) ? 1 : 0;
        }

        var ranges = _hours[date.DayOfWeek];
        var time = local.TimeOfDay;
        return ranges.Any(r => r.Contains(time)) ? At(date, time) : At(date, ranges[^1].To);
    }

    /// <summary>The desk's local date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// <summary>
    /// A local date and time as an instant. A time skipped when clocks go forward moves on by the gap; a time that
    /// happens twice when they go back is the first one.
    /// </summary>
    public DateTimeOffset At(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private HashSet<DateOnly> Holidays(int year) => _holidays.GetOrAdd(year, y => [.. FrenchHolidays.For(y)]);

    private static List<OpeningRange> Sorted(IReadOnlyList<OpeningRange> ranges, DayOfWeek day)
    {
        var sorted = ranges.OrderBy(r => r.From).ToList();
        if (sorted.Zip(sorted.Skip(1)).Any(p => p.Second.From < p.First.To))
        {
            throw new ArgumentException($"Opening ranges on {day} overlap.", nameof(ranges));
        }

        return sorted;
    }

    private static TimeZoneInfo ParisZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;

    private static Dictionary<DayOfWeek, IReadOnlyList<OpeningRange>> WeekdaysSeed() =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .ToDictionary(d => d, IReadOnlyList<OpeningRange> (_) => [new OpeningRange(SeedOpens, SeedCloses)]);
}
