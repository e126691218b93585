using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bench.Indicators;

/// <summary>
/// A desk's history made up with a fixed seed: a year of requests opened during opening hours, most of them tickets
/// (some self-served, some abandoned), taken, resolved and closed after business-time delays, a few transferred,
/// waiting for the requester, reopened or scored.
/// </summary>
internal static class GeneratedTickets
{
    private static readonly string[] Channels = ["xmpp", "xmpp", "xmpp", "slack", "console", ""];

    public static List<Ticket> Make(int count, SlaPolicy sla, DateTimeOffset start)
    {
        var random = new Random(14);
        var calendar = sla.Calendar;
        var tickets = new List<Ticket>(count);
        var opened = calendar.NextOpening(start);
        for (var i = 0; i < count; i++)
        {
            opened = calendar.AddOpenTime(opened, TimeSpan.FromSeconds(random.Next(1, 30)));
            tickets.Add(One(i + 1, opened, random, sla));
        }

        return tickets;
    }

    private static Ticket One(int number, DateTimeOffset opened, Random random, SlaPolicy sla)
    {
        var roll = random.Next(100);
        var outcome = roll < 10 ? RequestOutcome.SelfService : roll < 15 ? RequestOutcome.Abandoned : RequestOutcome.Ticket;
        var priority = (Priority)random.Next(1, 5);
        var ticket = new Ticket
        {
            Number = number,
            RequesterId = $"xmpp:user{random.Next(5000)}@example.org",
            ReplyChannel = Channels[random.Next(Channels.Length)],
            Type = (RequestType)random.Next(1, 7),
            Priority = priority,
            Outcome = outcome,
            OpenedAt = opened,
            UpdatedAt = opened,
            Status = outcome == RequestOutcome.Ticket ? TicketStatus.New : TicketStatus.Closed,
        };
        if (outcome != RequestOutcome.Ticket)
        {
            return ticket with { ClosedAt = opened, ResolvedAt = outcome == RequestOutcome.SelfService ? opened : null };
        }

        ticket = SlaClock.Stamp(ticket, sla);
        var calendar = sla.Calendar;
        var taken = calendar.AddOpenTime(opened, TimeSpan.FromMinutes(random.Next(0, 40)));
        var pauses = random.Next(10) == 0 ? new[] { new SlaPause(taken, calendar.AddOpenTime(taken, TimeSpan.FromHours(random.Next(1, 20)))) } : [];
        var resolved = calendar.AddOpenTime(pauses.Length > 0 ? pauses[0].To : taken, TimeSpan.FromMinutes(random.Next(5, 600)));
        var level2 = random.Next(100) < 20;
        return SlaClock.Stamp(ticket with
        {
            Status = random.Next(10) == 0 ? TicketStatus.InProgress : TicketStatus.Closed,
            TakenInChargeAt = taken,
            ResolvedAt = resolved,
            ClosedAt = resolved,
            Pauses = pauses,
            Level = level2 ? SupportLevel.Level2 : SupportLevel.Level1,
            ReopenCount = random.Next(25) == 0 ? 1 : 0,
            SatisfactionAskedAt = resolved,
            Satisfaction = random.Next(3) == 0 ? random.Next(1, 6) : null,
        }, sla);
    }
}
