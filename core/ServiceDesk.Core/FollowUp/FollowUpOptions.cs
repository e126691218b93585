namespace ServiceDesk.Core.FollowUp;

/// <summary>
/// What happens after the desk asks something of a requester or resolves their ticket (configuration section
/// <c>FollowUp</c>). Days are opening days of the desk's calendar, except <see cref="ReopenWithinDays"/> (calendar days).
/// </summary>
public sealed class FollowUpOptions
{
    /// <summary>Reminders to a requester the ticket waits for, this many opening days after the wait began.</summary>
    public IReadOnlyList<int> RemindAfterDays { get; set; } = [1, 3];

    /// <summary>Still no answer this many opening days after the wait began (after the last reminder): resolved automatically.</summary>
    public int AutoResolveAfterDays { get; set; } = 5;

    /// <summary>A resolved ticket without an answer closes this many opening days after its resolution.</summary>
    public int AutoCloseAfterDays { get; set; } = 3;

    /// <summary>A reply this many days after the closure reopens the ticket; later it opens a new one linked to it.</summary>
    public int ReopenWithinDays { get; set; } = 7;
}
