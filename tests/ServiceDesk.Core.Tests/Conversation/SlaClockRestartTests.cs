using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>SLA times come from the injected clock and the desk's business hours, are stored with the ticket, and survive a restart unchanged.</summary>
public sealed class SlaClockRestartTests
{
    private static readonly ChannelAddress Alice = new("console", "alice");

    [Fact]
    public async Task DueAt_TicketOpenedBeforeARestart_KeepsTimesFromTheInjectedClock()
    {
        using var desk = new DeskFixture();
        await desk.SayAsync(Alice, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423", "m1");
        desk.Clock.Advance(TimeSpan.FromMinutes(3));
        await desk.SayAsync(Alice, "1", "m2");
        desk.Restart();
        desk.Clock.Advance(TimeSpan.FromMinutes(4));
        await desk.SayAsync(Alice, "bloquée", "m3");
        await desk.SayAsync(Alice, "oui", "m4");
        var opened = desk.Clock.GetUtcNow();

        desk.Restart();
        desk.Clock.Advance(TimeSpan.FromHours(3));
        var ticket = Assert.Single(desk.Tickets.All());

        Assert.Equal(Priority.P3, ticket.Priority);
        // Opened Monday 9:37 in Paris, before the desk opens (seed 004: 12:00–19:00): the clocks start at noon.
        var noon = new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero);
        Assert.Equal((opened, noon.AddMinutes(10), noon.AddHours(1), noon.AddHours(4)), (ticket.OpenedAt, ticket.DetectionDueAt, ticket.DueAt, ticket.DeadlineAt));
    }
}
