using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Qualification;

/// <summary>
/// Target times per priority (seed 002 §2.5.2.4). Due times are computed from the opening time the caller
/// passes (from an injected clock), so they are testable and survive a restart.
/// </summary>
public sealed class SlaPolicy
{
    private readonly Dictionary<Priority, SlaTarget> _targets;

    /// <summary>Builds a policy; throws when a priority has no target or a target is not increasing.</summary>
    public SlaPolicy(IReadOnlyDictionary<Priority, SlaTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
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

    /// <summary>Seed 002: P1 1 min/10 min/1 h, P2 5 min/30 min/2 h, P3 10 min/1 h/4 h, P4 30 min/24 h/5 days.</summary>
    public static SlaPolicy Default { get; } = new(new Dictionary<Priority, SlaTarget>
    {
        [Priority.P1] = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)),
        [Priority.P2] = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)),
        [Priority.P3] = new(TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromHours(4)),
        [Priority.P4] = new(TimeSpan.FromMinutes(30), TimeSpan.FromHours(24), TimeSpan.FromDays(5)),
    });

    public SlaTarget TargetFor(Priority priority) => _targets[priority];

    /// <summary>When a ticket opened at <paramref name="openedAt"/> should be resolved.</summary>
    public DateTimeOffset DueAt(DateTimeOffset openedAt, Priority priority) => openedAt + _targets[priority].Resolution;

    /// <summary>When a ticket opened at <paramref name="openedAt"/> becomes late.</summary>
    public DateTimeOffset DeadlineAt(DateTimeOffset openedAt, Priority priority) => openedAt + _targets[priority].Maximum;
}
