using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot;

/// <summary>
/// A ticket's service level in <c>tickets show --json</c>: its three due times in business time, shown in the desk's
/// time zone with that day's offset; when it was taken in charge and resolved; whether its clocks stand still; the SLA
/// warnings already posted; the follow-up (satisfaction, reopenings, the ticket it follows).
/// </summary>
internal sealed record ServiceLevelView(
    DateTimeOffset? DetectBy,
    DateTimeOffset? ResolveBy,
    DateTimeOffset? MaximumBy,
    DateTimeOffset? TakenInChargeAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? AwaitingSince,
    string Alerts,
    int? Satisfaction,
    string? SatisfactionComment,
    int ReopenCount,
    int? FollowsTicket)
{
    public static ServiceLevelView From(Ticket t, TimeZoneInfo zone)
    {
        DateTimeOffset? Local(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, zone) : null;
        return new(Local(t.DetectionDueAt), Local(t.DueAt), Local(t.DeadlineAt), Local(t.TakenInChargeAt), Local(t.ResolvedAt), Local(t.ClosedAt),
            Local(t.AwaitingSince), t.SlaAlerts.ToString(), t.Satisfaction, t.SatisfactionComment, t.ReopenCount, t.FollowsTicket);
    }
}
