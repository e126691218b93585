using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Storage;

public sealed class TicketStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDatabase _db = new();

    [Fact]
    public void Open_ThreeDrafts_NumbersAreSequentialFromOne()
    {
        var store = new TicketStore(_db.Database);

        var numbers = Enumerable.Range(0, 3).Select(_ => store.Open(Draft("xmpp:alice@localhost")).Number).ToList();

        Assert.Equal([1, 2, 3], numbers);
    }

    [Fact]
    public void Open_AfterReopeningFile_ContinuesNumbering()
    {
        new TicketStore(_db.Database).Open(Draft("xmpp:alice@localhost"));
        _db.Reopen();

        var second = new TicketStore(_db.Database).Open(Draft("xmpp:bob@localhost"));

        Assert.Equal(2, second.Number);
    }

    [Fact]
    public void Find_AfterReopen_KeepsEveryFieldAndTheJournal()
    {
        var store = new TicketStore(_db.Database);
        var opened = store.Open((Draft("xmpp:alice@localhost") with
        {
            Impact = Impact.TeamOrVip,
            Urgency = Urgency.Blocked,
            Priority = Priority.P2,
            Facts = new TicketFacts { Application = "Outlook", Since = Now.AddHours(-2) },
        }).WithJournal(new JournalEntry(Now, "xmpp:alice@localhost", JournalKind.RequesterMessage, "Outlook plante")));
        _db.Reopen();

        var found = new TicketStore(_db.Database).Find(opened.TicketNumber);

        Assert.NotNull(found);
        Assert.Equal(Impact.TeamOrVip, found.Impact);
        Assert.Equal(Urgency.Blocked, found.Urgency);
        Assert.Equal(Priority.P2, found.Priority);
        Assert.Equal("Outlook", found.Facts.Application);
        Assert.Equal(Now.AddHours(-2), found.Facts.Since);
        Assert.Equal("Outlook plante", Assert.Single(found.Journal).Text);
    }

    [Fact]
    public void OpenTicketsOf_ReturnsOnlyThatRequestersUnclosedTickets()
    {
        var store = new TicketStore(_db.Database);
        var mine = store.Open(Draft("xmpp:alice@localhost"));
        var closed = store.Open(Draft("xmpp:alice@localhost"));
        store.Save(closed with { Status = TicketStatus.Closed });
        store.Open(Draft("xmpp:bob@localhost"));

        var open = store.OpenTicketsOf("xmpp:alice@localhost");

        Assert.Equal([mine.Number], open.Select(t => t.Number));
    }

    [Fact]
    public void OpenTicketsOf_QuerySyntaxInRequesterId_IsTreatedAsPlainValue()
    {
        var store = new TicketStore(_db.Database);
        store.Open(Draft("xmpp:alice@localhost"));

        var open = store.OpenTicketsOf("x\" OR 1=1 OR $.RequesterId != \"");

        Assert.Empty(open);
    }

    [Fact]
    public void OpenTicketsAndTheTicksQueries_EveryStatusButClosed_AreOpen()
    {
        var store = new TicketStore(_db.Database);
        var numbers = Enum.GetValues<TicketStatus>()
            .Select(status => store.Open(Draft("xmpp:alice@localhost") with { Status = status, TakenAt = Now, AnnouncedAt = status == TicketStatus.New ? Now : null }))
            .ToDictionary(t => t.Status, t => t.Number);

        Assert.Equal(numbers.Where(n => n.Key != TicketStatus.Closed).Select(n => n.Value).Order(), store.OpenTickets().Select(t => t.Number));
        Assert.Equal(numbers.Where(n => n.Key != TicketStatus.Closed).Select(n => n.Value).Order(), store.TakenAndOpen().Select(t => t.Number));
        Assert.Equal(
            numbers.Where(n => n.Key is not (TicketStatus.Closed or TicketStatus.New)).Select(n => n.Value).Order(),
            store.NotAnnounced().Select(t => t.Number));
    }

    [Fact]
    public void OpenedSinceAfterAndLastNumber_ReadOnlyTheNewestTickets()
    {
        var store = new TicketStore(_db.Database);
        Assert.Equal(0, store.LastNumber());
        for (var minutes = 0; minutes < 5; minutes++)
        {
            store.Open(Draft("xmpp:alice@localhost") with { OpenedAt = Now.AddMinutes(minutes) });
        }

        Assert.Equal([5, 4], store.OpenedSince(Now.AddMinutes(3)).Select(t => t.Number));
        Assert.Equal([4, 5], store.After(3).Select(t => t.Number));
        Assert.Equal(5, store.LastNumber());
    }

    private static Ticket Draft(string requester) => new()
    {
        RequesterId = requester,
        ReplyChannel = "xmpp",
        ReplyAddress = requester[5..],
        Description = "Outlook refuse mon mot de passe",
        Type = RequestType.Incident,
        Status = TicketStatus.New,
        OpenedAt = Now,
        UpdatedAt = Now,
    };

    public void Dispose() => _db.Dispose();
}
