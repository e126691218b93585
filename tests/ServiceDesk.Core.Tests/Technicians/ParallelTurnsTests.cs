using System.Collections.Concurrent;
using System.Globalization;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>
/// The desk runs different people's turns side by side: the guarantees of the one-turn-at-a-time desk still hold under
/// parallel load (one ticket per conversation, every message answered once, gap-free numbers, journals in order, nothing
/// a requester and a technician wrote on the same ticket at once lost), and a slow turn holds up no one else.
/// </summary>
public sealed class ParallelTurnsTests
{
    private static readonly string[] Conversation =
    [
        "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-{0:0000}",
        "1",
        "bloquée",
        "oui",
        "où en est ma demande ?",
    ];

    [Fact]
    public async Task HandleAsync_FortyPeopleAtOnceWithChecksRunning_OneTicketEachEveryMessageAnsweredOnceNumbersGapFree()
    {
        using var desk = new TechnicianDeskFixture();
        var people = Enumerable.Range(1, 40).Select(i => new ChannelAddress("xmpp", $"staff{i}@localhost")).ToList();
        var answers = new ConcurrentBag<(ChannelAddress From, IReadOnlyList<OutboundMessage> Replies)>();
        using var stop = new CancellationTokenSource();
        var ticking = TickUntilAsync(desk, stop.Token);

        await Task.WhenAll(people.Select((person, p) => Task.Run(async () =>
        {
            foreach (var text in Conversation)
            {
                var message = new InboundMessage(person, string.Format(CultureInfo.InvariantCulture, text, p), desk.Clock.GetUtcNow());
                answers.Add((person, await desk.Router.HandleAsync(message, CancellationToken.None)));
            }
        })));
        await stop.CancelAsync();
        await ticking;

        Assert.Equal(people.Count * Conversation.Length, answers.Count);
        Assert.All(answers, a => Assert.Contains(a.Replies, r => r.To == a.From));
        Assert.All(answers, a => Assert.DoesNotContain(a.Replies, r => !r.To.IsRoom && r.To != a.From));
        var tickets = desk.Tickets.All();
        Assert.Equal(Enumerable.Range(1, people.Count), tickets.Select(t => t.Number));
        Assert.Equal(people.Select(p => p.ToString()).Order(StringComparer.Ordinal), tickets.Select(t => t.RequesterId).Order(StringComparer.Ordinal));
        Assert.All(tickets, t => Assert.Equal(t.Journal.OrderBy(j => j.At).Select(j => j.Text), t.Journal.Select(j => j.Text)));
    }

    [Fact]
    public async Task HandleAsync_RequesterAndTechnicianOnTheSameTicketAtOnce_KeepsEveryLineInOrder()
    {
        using var desk = new TechnicianDeskFixture();
        desk.Open(Alice);
        await desk.SayAsync(Bruno, "/take 1");
        using var stop = new CancellationTokenSource();
        var ticking = TickUntilAsync(desk, stop.Token);

        var requester = Task.Run(async () =>
        {
            for (var i = 1; i <= 25; i++)
            {
                await desk.Router.HandleAsync(new InboundMessage(Alice, $"précision {i}", desk.Clock.GetUtcNow()), CancellationToken.None);
            }
        });
        var technician = Task.Run(async () =>
        {
            for (var i = 1; i <= 25; i++)
            {
                await desk.Router.HandleAsync(new InboundMessage(Bruno, $"/note 1 vérification {i}", desk.Clock.GetUtcNow()), CancellationToken.None);
            }
        });
        await Task.WhenAll(requester, technician);
        await stop.CancelAsync();
        await ticking;

        var journal = desk.Ticket(1).Journal;
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"précision {i}"), journal.Where(j => j.Kind == JournalKind.RequesterMessage).Select(j => j.Text));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"vérification {i}"), journal.Where(j => j.Kind == JournalKind.InternalNote).Select(j => j.Text));
    }

    [Fact]
    public async Task HandleAsync_OnePersonsTurnIsSlow_AnotherPersonIsAnsweredMeanwhile()
    {
        using var knowledge = new GatedKnownErrors("imprimante");
        using var desk = new TechnicianDeskFixture(knownErrors: knowledge);
        var slow = Task.Run(async () =>
        {
            foreach (var text in new[] { "L'imprimante du 3e affiche « erreur 50 » depuis ce matin à chaque fois, rien n'a changé, PC-0001", "1", "bloquée", "oui" })
            {
                await desk.Router.HandleAsync(new InboundMessage(Alice, text, desk.Clock.GetUtcNow()), CancellationToken.None);
            }
        });
        await knowledge.Entered.Task.WaitAsync(TimeSpan.FromSeconds(60));

        try
        {
            var quick = Task.Run(async () =>
            {
                foreach (var text in Conversation[..4])
                {
                    await desk.Router.HandleAsync(new InboundMessage(Eve, string.Format(CultureInfo.InvariantCulture, text, 2), desk.Clock.GetUtcNow()), CancellationToken.None);
                }
            });
            await quick.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.False(slow.IsCompleted);
            Assert.Equal(Eve.ToString(), Assert.Single(desk.Tickets.All()).RequesterId);
        }
        finally
        {
            knowledge.Release();
        }

        await slow.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal([Eve.ToString(), Alice.ToString()], desk.Tickets.All().Select(t => t.RequesterId));
    }

    private static async Task TickUntilAsync(TechnicianDeskFixture desk, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await desk.Router.TickAsync("xmpp", CancellationToken.None);
            await Task.Yield();
        }
    }
}
