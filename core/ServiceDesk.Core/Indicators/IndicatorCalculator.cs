using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Indicators;

/// <summary>
/// Computes <see cref="DeskIndicators"/> from tickets, as a pure function: no store, no clock (the caller passes
/// <c>now</c>, which decides targets still running). One pass over the tickets; durations in business time.
/// </summary>
public sealed class IndicatorCalculator(SlaPolicy sla)
{
    /// <summary>The indicators of requests opened in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public DeskIndicators Compute(IEnumerable<Ticket> tickets, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var tally = new Tally();
        foreach (var ticket in tickets)
        {
            if (ticket.OpenedAt >= from && ticket.OpenedAt < to)
            {
                Count(tally, ticket, now);
            }
        }

        return tally.Result(from, to, sla);
    }

    private void Count(Tally t, Ticket ticket, DateTimeOffset now)
    {
        t.Requests++;
        t.ByType[ticket.Type] = t.ByType.GetValueOrDefault(ticket.Type) + 1;
        var channel = ticket.ReplyChannel is { Length: > 0 } c ? c : "offline";
        t.ByChannel[channel] = t.ByChannel.GetValueOrDefault(channel) + 1;
        switch (ticket.Outcome)
        {
            case RequestOutcome.Abandoned:
                t.Abandoned++;
                return;
            case RequestOutcome.SelfService:
                t.SelfService++;
                t.Resolved++;
                t.Level1Resolved++;
                t.FirstContact++;
                return;
            case RequestOutcome.Ticket:
                CountTicket(t, ticket, now);
                return;
            default:
                return;
        }
    }

    private void CountTicket(Tally t, Ticket ticket, DateTimeOffset now)
    {
        t.TicketsCount++;
        var resolvedAt = ticket.ResolvedAt ?? (ticket.Status == TicketStatus.Closed ? ticket.ClosedAt : null);
        if (resolvedAt is { } resolved)
        {
            t.Resolved++;
            t.ResolvedTickets++;
            t.Level1Resolved += ticket.Level == SupportLevel.Level1 ? 1 : 0;
            t.Reopened += ticket.ReopenCount > 0 ? 1 : 0;
            t.FirstContact += ticket.Level == SupportLevel.Level1 && ticket.Transfers.Count == 0 && ticket.Escalations.Count == 0
                && ticket.Pauses.Count == 0 && ticket.ReopenCount == 0 ? 1 : 0;
            t.Resolve.Add(sla.Elapsed(ticket.OpenedAt, resolved, ticket.Pauses).Ticks);
        }

        if (ticket.TakenInChargeAt is { } taken)
        {
            t.TakeCharge.Add(sla.Elapsed(ticket.OpenedAt, taken, ticket.Pauses).Ticks);
        }

        t.Asked += ticket.SatisfactionAskedAt is null ? 0 : 1;
        if (ticket.Satisfaction is { } score)
        {
            t.Answered++;
            t.ScoreSum += score;
        }

        if (ticket.Priority is { } priority)
        {
            var p = t.Priorities[priority];
            p.Tickets++;
            Decide(ref p.DetectionMet, ref p.DetectionDecided, ticket.TakenInChargeAt, ticket.DetectionDueAt, now);
            Decide(ref p.ResolutionMet, ref p.ResolutionDecided, resolvedAt, ticket.DueAt, now);
            Decide(ref p.MaximumMet, ref p.MaximumDecided, resolvedAt, ticket.DeadlineAt, now);
        }
    }

    private static void Decide(ref int met, ref int decided, DateTimeOffset? done, DateTimeOffset? due, DateTimeOffset now)
    {
        if (due is not { } by)
        {
            return;
        }

        if (done is { } at)
        {
            decided++;
            met += at <= by ? 1 : 0;
        }
        else if (by < now)
        {
            decided++;
        }
    }

    private sealed class PriorityTally
    {
        public int Tickets;
        public int DetectionMet;
        public int DetectionDecided;
        public int ResolutionMet;
        public int ResolutionDecided;
        public int MaximumMet;
        public int MaximumDecided;
    }

    private sealed class Tally
    {
        public int Requests;
        public int TicketsCount;
        public int SelfService;
        public int Abandoned;
        public int Resolved;
        public int ResolvedTickets;
        public int Level1Resolved;
        public int Reopened;
        public int FirstContact;
        public int Asked;
        public int Answered;
        public long ScoreSum;
        public readonly Dictionary<RequestType, int> ByType = [];
        public readonly Dictionary<string, int> ByChannel = new(StringComparer.Ordinal);
        public readonly List<long> TakeCharge = [];
        public readonly List<long> Resolve = [];
        public readonly Dictionary<Priority, PriorityTally> Priorities = Enum.GetValues<Priority>().ToDictionary(p => p, _ => new PriorityTally());

        public DeskIndicators Result(DateTimeOffset from, DateTimeOffset to, SlaPolicy sla) => new()
        {
            From = from,
            To = to,
            Requests = Requests,
            ByType = ByType,
            ByChannel = ByChannel,
            FirstContactResolution = Rate(FirstContact, TicketsCount + SelfService),
            Level1ResolutionRate = Rate(Level1Resolved, Resolved),
            TimeToTakeCharge = Figures(TakeCharge),
            TimeToResolve = Figures(Resolve),
            Sla = [.. Enum.GetValues<Priority>().Select(p => Compliance(p, Priorities[p], sla.TargetFor(p)))],
            ReopenRate = Rate(Reopened, ResolvedTickets),
            SatisfactionAverage = Answered == 0 ? null : (double)ScoreSum / Answered,
            SatisfactionResponseRate = Rate(Answered, Asked),
            SelfServiceDeflection = Rate(SelfService, SelfService + TicketsCount),
            Abandoned = Abandoned,
        };

        private static PriorityCompliance Compliance(Priority priority, PriorityTally p, SlaTarget target) => new(
            priority, p.Tickets, Rate(p.DetectionMet, p.DetectionDecided), target.DetectionRate,
            Rate(p.ResolutionMet, p.ResolutionDecided), target.ResolutionRate, Rate(p.MaximumMet, p.MaximumDecided));

        private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

        private static DurationFigures Figures(List<long> ticks)
        {
            if (ticks.Count == 0)
            {
                return new DurationFigures(0, null, null);
            }

            var mean = TimeSpan.FromTicks((long)ticks.Average());
            ticks.Sort();
            return new DurationFigures(ticks.Count, mean, TimeSpan.FromTicks(ticks[ticks.Count / 2]));
        }
    }
}
