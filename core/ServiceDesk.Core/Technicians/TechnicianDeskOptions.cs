using ServiceDesk.Core.Channels;
using ServiceDesk.Core.FollowUp;

namespace ServiceDesk.Core.Technicians;

/// <summary>How the technicians' side of the desk behaves (configuration section <c>Desk</c>, plus the rooms).</summary>
public sealed class TechnicianDeskOptions
{
    /// <summary>
    /// How long a level-1 technician keeps a ticket taken live before the desk suggests handing it on.
    /// Seed 002 §2.5.1: "La durée d'une intervention faite par un technicien de service desk de 1er niveau ne doit
    /// pas excéder, en général plus de 10 minutes, au-delà il faut passer la main à un spécialiste."
    /// </summary>
    public TimeSpan Level1TimeLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The technicians' rooms, one per channel at most, where new tickets are posted.</summary>
    public IReadOnlyList<ChannelAddress> Rooms { get; set; } = [];

    /// <summary>The desk's time zone (IANA id), for the times shown to technicians and requesters.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>How many tickets <c>/queue</c> lists at most.</summary>
    public int QueueLength { get; set; } = 15;

    /// <summary>Reminders, automatic resolution and closure, reopening (section <c>FollowUp</c>).</summary>
    public FollowUpOptions FollowUp { get; set; } = new();

    /// <summary>
    /// The technicians' group that alone sees confidential requests (HR matters): in <c>/queue</c>, <c>/show</c>,
    /// <c>/take</c> and every other command. They are told one to one, never in the room (issue 13).
    /// </summary>
    public string ConfidentialGroup { get; set; } = "rh";

    /// <summary>Whether this technician may see this ticket: everyone, except for a confidential one.</summary>
    public bool MaySee(Technician technician, Tickets.Ticket ticket) =>
        ticket.Outcome != Tickets.RequestOutcome.Confidential || (technician?.IsIn(ConfidentialGroup) ?? false);

    public TimeZoneInfo Zone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
