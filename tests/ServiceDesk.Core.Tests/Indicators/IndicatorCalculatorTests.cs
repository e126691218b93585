using ServiceDesk.Core.Indicators;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Calendar.BusinessCalendarTests;

namespace ServiceDesk.Core.Tests.Indicators;

/// <summary>Each indicator on a handful of tickets whose answer can be worked out by hand.</summary>
public sealed class IndicatorCalculatorTests
{
    private static readonly SlaPolicy Sla = SlaPolicy.Default;
    private static readonly DateTimeOffset From = Paris(2026, 11, 30, 0);
    private static readonly DateTimeOffset To = Paris(2026, 12, 7, 0);
    private static readonly DateTimeOffset Now = Paris(2026, 12, 10, 12);

    private static Ticket Ticket(int number, DateTimeOffset opened, Priority priority = Priority.P3, string channel = "xmpp") =>
        SlaClock.Stamp(new Ticket
        {
            Number = number, OpenedAt = opened, UpdatedAt = opened, Priority = priority, Type = RequestType.Incident,
            Outcome = RequestOutcome.Ticket, Status = TicketStatus.New, ReplyChannel = channel,
        }, Sla);

    private static IReadOnlyList<Ticket> Week()
    {
        var monday = Paris(2026, 11, 30, 12);
        return
        [
            // Taken after 5 min, resolved at level 1 after 30 min: first contact, both targets met.
            Ticket(1, monday) with { TakenInChargeAt = monday.AddMinutes(5), ResolvedAt = monday.AddMinutes(30), Status = TicketStatus.Closed, SatisfactionAskedAt = monday.AddMinutes(31), Satisfaction = 5 },
            // Taken after 20 min (detection missed), transferred to level 2, resolved after 3 h (resolution missed, maximum met), reopened once.
            Ticket(2, monday.AddHours(1)) with
            {
                TakenInChargeAt = monday.AddHours(1).AddMinutes(20), ResolvedAt = monday.AddHours(4), Status = TicketStatus.Resolved, Level = SupportLevel.Level2,
                Transfers = [new Transfer(monday.AddHours(2), "bruno", SupportLevel.Level1, SupportLevel.Level2, "réseau", null, "LDAP")], ReopenCount = 1,
                SatisfactionAskedAt = monday.AddHours(4), Satisfaction = 2,
            },
            // Never taken: its detection time passed (missed), resolution undecided until its due time, which passed too.
            Ticket(3, monday.AddHours(2), channel: ""),
            new Ticket { Number = 4, OpenedAt = monday.AddHours(3), Outcome = RequestOutcome.SelfService, Type = RequestType.UsageQuestion, ReplyChannel = "xmpp", Status = TicketStatus.Closed, ResolvedAt = monday.AddHours(3) },
            new Ticket { Number = 5, OpenedAt = monday.AddHours(4), Outcome = RequestOutcome.Abandoned, Type = RequestType.Unknown, ReplyChannel = "console", Status = TicketStatus.Closed },
            Ticket(6, Paris(2026, 12, 8, 12)), // after the period: left out
        ];
    }

    [Fact]
    public void Compute_AWeek_CountsRequestsByTypeAndChannel()
    {
        var d = new IndicatorCalculator(Sla).Compute(Week(), From, To, Now);

        Assert.Equal(5, d.Requests);
        Assert.Equal(3, d.ByType[RequestType.Incident]);
        Assert.Equal(3, d.ByChannel["xmpp"]);
        Assert.Equal(1, d.ByChannel["offline"]);
        Assert.Equal(1, d.Abandoned);
    }

    [Fact]
    public void Compute_AWeek_ResolutionRates()
    {
        var d = new IndicatorCalculator(Sla).Compute(Week(), From, To, Now);

        Assert.Equal(2.0 / 4, d.FirstContactResolution);      // #1 and the self-service, over three tickets and one self-service
        Assert.Equal(2.0 / 3, d.Level1ResolutionRate);        // #1 and the self-service, over three resolved
        Assert.Equal(0.80, d.Level1Goal);
        Assert.Equal(1.0 / 2, d.ReopenRate);                  // over the two resolved tickets (the self-service cannot be reopened)
        Assert.Equal(1.0 / 4, d.SelfServiceDeflection);
    }

    [Fact]
    public void Compute_AWeek_BusinessTimeMeansAndMedians()
    {
        var d = new IndicatorCalculator(Sla).Compute(Week(), From, To, Now);

        Assert.Equal(2, d.TimeToTakeCharge.Count);
        Assert.Equal(TimeSpan.FromMinutes(12.5), d.TimeToTakeCharge.Mean);
        Assert.Equal(TimeSpan.FromMinutes(20), d.TimeToTakeCharge.Median);
        Assert.Equal(TimeSpan.FromMinutes(105), d.TimeToResolve.Mean);
    }

    [Fact]
    public void Compute_AWeek_SlaComplianceAgainstSeedRates()
    {
        var p3 = Assert.Single(new IndicatorCalculator(Sla).Compute(Week(), From, To, Now).Sla, p => p.Priority == Priority.P3);

        Assert.Equal(3, p3.Tickets);
        Assert.Equal(1.0 / 3, p3.Detection);   // #1 met; #2 late; #3 never taken and past due
        Assert.Equal(1.0 / 3, p3.Resolution);
        Assert.Equal(2.0 / 3, p3.Maximum);     // #2 resolved within its 4 h
        Assert.Equal((0.97, 0.95), (p3.DetectionGoal, p3.ResolutionGoal));
    }

    [Fact]
    public void Compute_AWeek_Satisfaction()
    {
        var d = new IndicatorCalculator(Sla).Compute(Week(), From, To, Now);

        Assert.Equal(3.5, d.SatisfactionAverage);
        Assert.Equal(1.0, d.SatisfactionResponseRate);
    }

    [Fact]
    public void French_AWeek_ShowsTheGoalsBesideTheFigures()
    {
        var text = IndicatorText.French(new IndicatorCalculator(Sla).Compute(Week(), From, To, Now), Sla.Calendar.Zone);

        Assert.Contains("résolution au niveau 1 : 66,7 % (objectif 80 %)", text, StringComparison.Ordinal);
        Assert.Contains("SLA P3 (3) : prise en charge 33,3 % (objectif 97 %)", text, StringComparison.Ordinal);
    }
}
