using ServiceDesk.Core.Tickets;
using static ServiceDesk.Storage.Contract.Samples;

namespace ServiceDesk.Storage.Contract;

/// <summary>What every <see cref="Core.Storage.ITicketStore"/> does.</summary>
public abstract class TicketStoreContract : StoreContract
{
    [Fact]
    public void Open_ThreeDrafts_NumbersAreSequentialFromOne()
    {
        var numbers = Enumerable.Range(0, 3).Select(_ => Stores.Tickets.Open(Draft("xmpp:alice@localhost")).Number).ToList();

        Assert.Equal([1, 2, 3], numbers);
    }

    [Fact]
    public void Open_AfterReopening_ContinuesNumbering()
    {
        Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        Reopen();

        var second = Stores.Tickets.Open(Draft("xmpp:bob@localhost"));

        Assert.Equal(2, second.Number);
    }

    [Fact]
    public void Open_SameDraftTwice_ReturnsTheFirstTicket()
    {
        var first = Stores.Tickets.Open(Draft("xmpp:alice@localhost") with { DraftId = "d-1" });

        var again = Stores.Tickets.Open(Draft("xmpp:alice@localhost") with { DraftId = "d-1", Description = "autre" });

        Assert.Equal(first.Number, again.Number);
        Assert.Equal(1, Stores.Tickets.LastNumber());
    }

    [Fact]
    public void Find_AfterReopen_KeepsEveryFieldAndTheJournal()
    {
        var opened = Stores.Tickets.Open((Draft("xmpp:alice@localhost") with
        {
            Impact = Impact.TeamOrVip,
            Urgency = Urgency.Blocked,
            Priority = Priority.P2,
            Facts = new TicketFacts { Application = "Outlook", Since = Monday.AddHours(-2), ErrorMessage = "" },
        }).WithJournal(new JournalEntry(Monday, "xmpp:alice@localhost", JournalKind.RequesterMessage, "Outlook plante")));
        Reopen();

        var found = Stores.Tickets.Find(opened.TicketNumber);

        Assert.NotNull(found);
        Assert.Equal(Impact.TeamOrVip, found.Impact);
        Assert.Equal(Urgency.Blocked, found.Urgency);
        Assert.Equal(Priority.P2, found.Priority);
        Assert.Equal("Outlook", found.Facts.Application);
        Assert.Equal("", found.Facts.ErrorMessage);
        Assert.Equal(Monday.AddHours(-2), found.Facts.Since);
        Assert.Equal("Outlook plante", Assert.Single(found.Journal).Text);
    }

    [Fact]
    public void Save_UnknownTicket_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Stores.Tickets.Save(Draft("xmpp:alice@localhost") with { Number = 42 }));
    }

    [Fact]
    public void OpenTicketsOf_ReturnsOnlyThatRequestersUnclosedTickets()
    {
        var mine = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        var closed = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        Stores.Tickets.Save(closed with { Status = TicketStatus.Closed });
        Stores.Tickets.Open(Draft("xmpp:bob@localhost"));

        var open = Stores.Tickets.OpenTicketsOf("xmpp:alice@localhost");

        Assert.Equal([mine.Number], open.Select(t => t.Number));
    }

    [Fact]
    public void OpenTicketsOf_QuerySyntaxInRequesterId_IsTreatedAsPlainValue()
    {
        Stores.Tickets.Open(Draft("xmpp:alice@localhost"));

        Assert.Empty(Stores.Tickets.OpenTicketsOf("x\" OR 1=1 OR $.RequesterId != \""));
        Assert.Empty(Stores.Tickets.OpenTicketsOf("x' OR '1'='1"));
    }

    [Fact]
    public void OpenTicketsAndTheTicksQueries_EveryStatusButClosed_AreOpen()
    {
        var numbers = Enum.GetValues<TicketStatus>()
            .Select(status => Stores.Tickets.Open(Draft("xmpp:alice@localhost") with { Status = status, TakenAt = Monday, AnnouncedAt = status == TicketStatus.New ? Monday : null }))
            .ToDictionary(t => t.Status, t => t.Number);

        Assert.Equal(numbers.Where(n => n.Key != TicketStatus.Closed).Select(n => n.Value).Order(), Stores.Tickets.OpenTickets().Select(t => t.Number));
        Assert.Equal(numbers.Where(n => n.Key != TicketStatus.Closed).Select(n => n.Value).Order(), Stores.Tickets.TakenAndOpen().Select(t => t.Number));
        Assert.Equal(
            numbers.Where(n => n.Key is not (TicketStatus.Closed or TicketStatus.New)).Select(n => n.Value).Order(),
            Stores.Tickets.NotAnnounced().Select(t => t.Number));
        Assert.Equal([Monday], Stores.Tickets.WaitingOpenings());
    }

    [Fact]
    public void ChangedSince_OpenSaveAndImport_EachTicketOnceAsItIsNowInChangeOrder()
    {
        Assert.Equal(0, Stores.Tickets.LastChange());
        Assert.Empty(Stores.Tickets.ChangedSince(0));
        var first = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        Stores.Tickets.Open(Draft("xmpp:bob@localhost"));
        Stores.Tickets.Open(Draft("xmpp:carol@localhost"));
        var seen = Stores.Tickets.LastChange();
        Assert.Equal([1, 2, 3], Stores.Tickets.ChangedSince(0).Select(c => c.Ticket.Number));

        Stores.Tickets.Save(first with { Status = TicketStatus.Closed, ClosedAt = Monday });
        Stores.Tickets.Import([Draft("xmpp:dave@localhost")]);

        var changed = Stores.Tickets.ChangedSince(seen);
        Assert.Equal([1, 4], changed.Select(c => c.Ticket.Number));
        Assert.Equal(TicketStatus.Closed, changed[0].Ticket.Status);
        Assert.True(changed[0].Change > seen && changed[1].Change > changed[0].Change);
        Assert.Equal(changed[1].Change, Stores.Tickets.LastChange());
        Assert.Equal([2, 3, 1, 4], Stores.Tickets.ChangedSince(0).Select(c => c.Ticket.Number));
        Assert.Empty(Stores.Tickets.ChangedSince(Stores.Tickets.LastChange()));
    }

    [Fact]
    public void ChangedSince_AfterReopen_TheSequenceGoesOnGrowing()
    {
        var ticket = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        var before = Stores.Tickets.LastChange();
        Reopen();

        Stores.Tickets.Save(ticket with { Status = TicketStatus.InProgress });

        var change = Assert.Single(Stores.Tickets.ChangedSince(before));
        Assert.Equal(TicketStatus.InProgress, change.Ticket.Status);
        Assert.True(change.Change > before);
    }

    [Fact]
    public void ChangedSince_ATurnThatFailed_ShowsNoChange()
    {
        var ticket = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        var before = Stores.Tickets.LastChange();

        Assert.Throws<InvalidOperationException>(() => Stores.UnitOfWork.InOneTransaction(() =>
        {
            Stores.Tickets.Save(ticket with { Status = TicketStatus.InProgress });
            Stores.Tickets.Open(Draft("xmpp:bob@localhost"));
            throw new InvalidOperationException("the turn failed half-way");
        }));

        Assert.Empty(Stores.Tickets.ChangedSince(before));
        Assert.Equal(TicketStatus.New, Stores.Tickets.Find(ticket.TicketNumber)?.Status);
    }

    [Fact]
    public void OpenedSinceAfterAndLastNumber_ReadOnlyTheNewestTickets()
    {
        Assert.Equal(0, Stores.Tickets.LastNumber());
        for (var minutes = 0; minutes < 5; minutes++)
        {
            Stores.Tickets.Open(Draft("xmpp:alice@localhost") with { OpenedAt = Monday.AddMinutes(minutes) });
        }

        Assert.Equal([5, 4], Stores.Tickets.OpenedSince(Monday.AddMinutes(3)).Select(t => t.Number));
        Assert.Equal([4, 5], Stores.Tickets.After(3).Select(t => t.Number));
        Assert.Equal(5, Stores.Tickets.LastNumber());
    }

    [Fact]
    public void Import_ThreeTickets_NumbersThemAfterTheCounter()
    {
        Stores.Tickets.Open(Draft("xmpp:alice@localhost"));

        var written = Stores.Tickets.Import([Draft("xmpp:bob@localhost") with { Number = 99 }, Draft("xmpp:bob@localhost"), Draft("xmpp:carol@localhost")]);

        Assert.Equal(3, written);
        Assert.Equal([1, 2, 3, 4], Stores.Tickets.All().Select(t => t.Number));
        Assert.Equal(5, Stores.Tickets.Open(Draft("xmpp:dan@localhost")).Number);
    }

    [Fact]
    public void ClosedOf_OnlyTheRequestersClosedSince_MostRecentFirst()
    {
        var old = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        var recent = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        var open = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        var other = Stores.Tickets.Open(Draft("xmpp:bob@localhost"));
        Stores.Tickets.Save(old with { Status = TicketStatus.Closed, ClosedAt = Monday.AddDays(-20) });
        Stores.Tickets.Save(recent with { Status = TicketStatus.Closed, ClosedAt = Monday.AddDays(-2) });
        Stores.Tickets.Save(other with { Status = TicketStatus.Closed, ClosedAt = Monday.AddDays(-1) });
        Reopen();

        Assert.Equal([recent.Number], Stores.Tickets.ClosedOf("xmpp:alice@localhost", Monday.AddDays(-7)).Select(t => t.Number));
        Assert.Equal([recent.Number, old.Number], Stores.Tickets.ClosedOf("xmpp:alice@localhost", Monday.AddDays(-30)).Select(t => t.Number));
        Assert.DoesNotContain(open.Number, Stores.Tickets.ClosedOf("xmpp:alice@localhost", Monday.AddDays(-30)).Select(t => t.Number));
    }

    [Fact]
    public void Find_AfterReopen_KeepsServiceLevelAndFollowUpFields()
    {
        var ticket = Stores.Tickets.Open(Draft("xmpp:alice@localhost"));
        Stores.Tickets.Save(ticket with
        {
            DetectionDueAt = Monday.AddMinutes(10),
            TakenInChargeAt = Monday.AddMinutes(5),
            ResolvedAt = Monday.AddHours(1),
            AwaitingSince = Monday.AddMinutes(30),
            Pauses = [new Core.Qualification.SlaPause(Monday.AddMinutes(10), Monday.AddMinutes(20))],
            SlaAlerts = SlaAlerts.DetectionNear | SlaAlerts.ResolutionMissed,
            RemindersSent = 2,
            ReopenCount = 1,
            SatisfactionAskedAt = Monday.AddHours(2),
            Satisfaction = 2,
            SatisfactionComment = "trop long",
            FollowsTicket = 7,
        });
        Reopen();

        var found = Stores.Tickets.Find(ticket.TicketNumber)!;

        Assert.Equal((Monday.AddMinutes(10), Monday.AddMinutes(5), Monday.AddHours(1), Monday.AddMinutes(30)), (found.DetectionDueAt, found.TakenInChargeAt, found.ResolvedAt, found.AwaitingSince));
        Assert.Equal(new Core.Qualification.SlaPause(Monday.AddMinutes(10), Monday.AddMinutes(20)), Assert.Single(found.Pauses));
        Assert.Equal(SlaAlerts.DetectionNear | SlaAlerts.ResolutionMissed, found.SlaAlerts);
        Assert.Equal((2, 1, 2, "trop long", 7), (found.RemindersSent, found.ReopenCount, found.Satisfaction!.Value, found.SatisfactionComment, found.FollowsTicket!.Value));
    }
}
