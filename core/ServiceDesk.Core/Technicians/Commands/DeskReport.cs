using ServiceDesk.Core.Indicators;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary><c>/report desk</c>: the desk's indicators over the last 7 days, in the room (seed 002 §1's indicators).</summary>
internal static class DeskReport
{
    public static void Run(CommandContext context)
    {
        var since = context.Now.AddDays(-7);
        var indicators = new IndicatorCalculator(context.Sla).Compute(context.Tickets.OpenedSince(since), since, context.Now.AddTicks(1), context.Now);
        context.Reply(IndicatorText.French(indicators, context.Sla.Calendar.Zone));
    }
}
