using ServiceDesk.Core.Calendar;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Qualification;

/// <summary>
/// Target times per priority (seed 002 §2.5.2.4, "Indicateurs de traitement des priorités"), counted in the desk's
/// business time (<see cref="BusinessCalendar"/>). The rule: a duration shorter than a day counts opening time minute
/// by minute; a whole number of days counts opening days, due at the same clock time on the Nth opening day after the
/// start, or at that day's closing time when that time is outside its hours; a ticket opened while the desk is closed
/// starts its clock at the next opening. Time while the ticket waits for its requester (<see cref="SlaPause"/>) does
/// not count. Due times are computed from the instants the caller passes (an injected clock), so they are testable
/// and survive a restart.
/// </summary>
public sealed class SlaPolicy
{
    private readonly Dictionary<Priority, SlaTarget> _targets;

    /// <summary>Builds a policy; throws when a priority has no target or a target is not increasing.</summary>
    /// <param name="targets">The table, one row per priority.</param>
    /// <param name="calendar">The desk's opening hours; seed 004's desk when null.</param>
    public SlaPolicy(IReadOnlyDictionary<Priority, SlaTarget> targets, BusinessCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        Calendar = calendar ?? BusinessCalendar.Default;
        _targets = new Dictionary<Priority, SlaTarget>();
        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!targets.TryGetValue(priority, out var target))
            {
                throw new ArgumentException($"The SLA table has no row for {priority}.", nameof(targets));
            }

            if (target.Detection <= TimeSpan.Zero || target.Resolution < target.Detection || target.Maximum < target.Resolution)
            {
                throw new ArgumentException($"The SLA row for {priority} must have 0 < detection ≤ resolution ≤ maximum.", nameof(targets));
            }

            _targets[priority] = target;
        }
    }

    /// <summary>Seed 002: P1 1 min/10 min/1 h, P2 5 min/30 min/2 h, P3 10 min/1 h/4 h, P4 30 min/24 h/5 days, on seed 004's desk.</summary>
    public static SlaPolicy Default { get; } = new(SeedTable());

    /// <summary>The calendar business time is counted in.</summary>
    public BusinessCalendar Calendar { get; }

    public SlaTarget TargetFor(Priority priority) => _targets[priority];

    /// <summary>This table on another calendar.</summary>
    public SlaPolicy On(BusinessCalendar calendar) => new(_targets, calendar);

    /// <summary>When a ticket opened at <paramref name="openedAt"/> should be taken in charge.</summary>
    public DateTimeOffset DetectBy(DateTimeOffset openedAt, Priority priority) => Due(openedAt, _targets[priority].Detection, []);

    /// <summary>When a ticket opened at <paramref name="openedAt"/> should be resolved.</summary>
    public DateTimeOffset DueAt(DateTimeOffset openedAt, Priority priority) => Due(openedAt, _targets[priority].Resolution, []);

    /// <summary>When a ticket opened at <paramref name="openedAt"/> becomes late (maximum delay).</summary>
    public DateTimeOffset DeadlineAt(DateTimeOffset openedAt, Priority priority) => Due(openedAt, _targets[priority].Maximum, []);

    /// <summary>The three due times of a ticket opened at <paramref name="openedAt"/>, with its pauses.</summary>
    public SlaDeadlines Deadlines(DateTimeOffset openedAt, Priority priority, IReadOnlyList<SlaPause> pauses)
    {
        var target = _targets[priority];
        return new SlaDeadlines(Due(openedAt, target.Detection, pauses), Due(openedAt, target.Resolution, pauses), Due(openedAt, target.Maximum, pauses));
    }

    /// <summary>
    /// When <paramref name="duration"/> of business time has run from <paramref name="start"/>, the clock stopped
    /// during each pause: what was left at a pause's start runs again, minute by minute, from its end.
    /// </summary>
    public DateTimeOffset Due(DateTimeOffset start, TimeSpan duration, IReadOnlyList<SlaPause> pauses)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var due = WithoutPauses(start, duration);
        foreach (var pause in pauses.OrderBy(p => p.From))
        {
            if (pause.From < due && pause.To > pause.From)
            {
                var from = pause.From > start ? pause.From : start;
                var left = Calendar.OpenTimeBetween(from, due);
                due = Calendar.AddOpenTime(pause.To, left);
            }
        }

        return due;
    }

    /// <summary>Business time the ticket has used since <paramref name="start"/> up to <paramref name="now"/>, pauses left out.</summary>
    public TimeSpan Elapsed(DateTimeOffset start, DateTimeOffset now, IReadOnlyList<SlaPause> pauses)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var total = Calendar.OpenTimeBetween(start, now);
        foreach (var pause in pauses)
        {
            var from = pause.From > start ? pause.From : start;
            var to = pause.To < now ? pause.To : now;
            total -= Calendar.OpenTimeBetween(from, to);
        }

        return total < TimeSpan.Zero ? TimeSpan.Zero : total;
    }

    private DateTimeOffset WithoutPauses(DateTimeOffset start, TimeSpan duration)
    {
        if (duration < TimeSpan.FromDays(1))
        {
            return Calendar.AddOpenTime(start, duration);
        }

        var days = Calendar.AddOpeningDays(start, duration.Days);
        var rest = duration - TimeSpan.FromDays(duration.Days);
        return rest == TimeSpan.Zero ? days : Calendar.AddOpenTime(days, rest);
    }

    private static Dictionary<Priority, SlaTarget> SeedTable() => new()
    {
        [Priority.P1] = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)) { DetectionRate = 0.99, ResolutionRate = 0.98 },
        [Priority.P2] = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)) { DetectionRate = 0.98, ResolutionRate = 0.97 },
        [Priority.P3] = new(TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(4)) { DetectionRate = 0.97, ResolutionRate = 0.95 },
        [Priority.P4] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), TimeSpan.FromDays(5)) { DetectionRate = 0.95, ResolutionRate = 0.90 },
    };

    /// <summary>Seed 002's success rates for a priority (detection, resolution), for rows configured without them.</summary>
    public static (double Detection, double Resolution) SeedRates(Priority priority) =>
        (SeedTable()[priority].DetectionRate, SeedTable()[priority].ResolutionRate);
}
