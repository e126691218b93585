using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>SLA times come from the injected clock, are stored with the ticket, and survive a restart unchanged.</summary>
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
        Assert.Equal((opened, opened.AddHours(1), opened.AddHours(4)), (ticket.OpenedAt, ticket.DueAt, ticket.DeadlineAt));
    }
}
