using ServiceDesk.Core.Outages;
using static ServiceDesk.Storage.Contract.Samples;

namespace ServiceDesk.Storage.Contract;

/// <summary>What every outage store does: numbered outages, one line per person, and an outbox that never queues a notice twice.</summary>
public abstract class OutageStoreContract : StoreContract
{
    [Fact]
    public void Open_TwoThenResolveOne_NumbersFromOneUnresolvedByNumberKeptWhole()
    {
        var first = Stores.Outages.Open(Outage("messagerie"));
        var second = Stores.Outages.Open(Outage("vpn"));
        Stores.Outages.Save(first with
        {
            Status = OutageStatus.Resolved, ResolvedAt = Monday.AddHours(2), Resolution = "serveur redémarré",
            Updates = [new OutageUpdate(1, Monday.AddHours(1), "xmpp:bruno@localhost", "cause trouvée"), new OutageUpdate(2, Monday.AddHours(2), "xmpp:bruno@localhost", "serveur redémarré", Resolves: true)],
        });
        Reopen();

        Assert.Equal([1, 2], new[] { first.Number, second.Number });
        Assert.Equal([2], Stores.Outages.Unresolved().Select(o => o.Number));
        Assert.Equal([1, 2], Stores.Outages.All().Select(o => o.Number));
        var found = Stores.Outages.Find(1);
        Assert.Equal("serveur redémarré", found?.Resolution);
        Assert.Equal(["cause trouvée", "serveur redémarré"], found?.Updates.Select(u => u.Text));
        Assert.True(found?.Updates[1].Resolves);
        Assert.Equal(["messagerie", "mail", "outlook"], found?.Words);
        Assert.Equal("M1", found?.Name);
        Assert.Null(Stores.Outages.Find(3));
    }

    [Fact]
    public void Current_OpenOnesAndThoseResolvedSinceTheTime_NotOlderResolvedOnes()
    {
        var old = Stores.Outages.Open(Outage("imprimante"));
        var recent = Stores.Outages.Open(Outage("messagerie"));
        var open = Stores.Outages.Open(Outage("vpn"));
        Stores.Outages.Save(old with { Status = OutageStatus.Resolved, ResolvedAt = Monday.AddDays(-3) });
        Stores.Outages.Save(recent with { Status = OutageStatus.Resolved, ResolvedAt = Monday.AddHours(2) });
        Reopen();

        Assert.Equal([recent.Number, open.Number], Stores.Outages.Current(Monday).Select(o => o.Number));
        Assert.Equal([recent.Number, open.Number], Stores.Outages.Current(Monday.AddHours(2)).Select(o => o.Number));
        Assert.Equal([open.Number], Stores.Outages.Current(Monday.AddHours(2).AddSeconds(1)).Select(o => o.Number));
        Assert.Equal([old.Number, recent.Number, open.Number], Stores.Outages.Current(Monday.AddDays(-3)).Select(o => o.Number));
    }

    [Fact]
    public void Save_UnknownOutage_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Stores.Outages.Save(Outage("messagerie") with { Number = 9 }));

    [Fact]
    public void SavePerson_TwiceThenReopen_OneLinePerPersonInOrder()
    {
        var outage = Stores.Outages.Open(Outage("messagerie"));
        Stores.Outages.SavePerson(Person(outage.Number, "xmpp:bob@localhost", Monday.AddMinutes(2)));
        Stores.Outages.SavePerson(Person(outage.Number, "xmpp:alice@localhost", Monday.AddMinutes(1)));
        Stores.Outages.SavePerson(Person(outage.Number, "xmpp:alice@localhost", Monday.AddMinutes(1)) with { State = OutagePersonState.Linked, Subscribed = true });
        Reopen();

        var people = Stores.Outages.People(outage.Number);
        Assert.Equal(["xmpp:alice@localhost", "xmpp:bob@localhost"], people.Select(p => p.PersonId));
        Assert.True(people[0].Subscribed);
        Assert.Equal(OutagePersonState.Linked, Stores.Outages.FindPerson(outage.Number, "xmpp:alice@localhost")?.State);
        Assert.Equal("je reçois plus mes mails", people[1].Report);
        Assert.Null(Stores.Outages.FindPerson(outage.Number, "xmpp:carol@localhost"));
        Assert.Empty(Stores.Outages.People(outage.Number + 1));
    }

    [Fact]
    public void Queue_SameNoticeTwice_QueuedOnceAndUnsentPerChannelUntilMarked()
    {
        var outage = Stores.Outages.Open(Outage("messagerie"));
        Stores.Outages.Queue([Notice(outage.Number, "xmpp:alice@localhost", "xmpp"), Notice(outage.Number, "slack:U0BOB", "slack"), Notice(outage.Number, "xmpp:bob@localhost", "xmpp")]);
        Stores.Outages.Queue([Notice(outage.Number, "xmpp:alice@localhost", "xmpp") with { Text = "again" }]);
        Reopen();

        var unsent = Stores.Outages.Unsent("xmpp", 10);
        Assert.Equal(["xmpp:alice@localhost", "xmpp:bob@localhost"], unsent.Select(n => n.PersonId));
        Assert.Equal("Des nouvelles", unsent[0].Text);
        Assert.Equal(["1", "2"], unsent[0].Choices);
        Assert.Single(Stores.Outages.Unsent("xmpp", 1));

        Stores.Outages.MarkAttempted(unsent[1].Id, Monday.AddMinutes(4));
        Stores.Outages.MarkSent(unsent[0].Id, Monday.AddMinutes(5));
        Stores.Outages.MarkSent(unsent[0].Id, Monday.AddMinutes(9));
        Reopen();

        Assert.Equal(["xmpp:bob@localhost"], Stores.Outages.Unsent("xmpp", 10).Select(n => n.PersonId));
        Assert.Equal(Monday.AddMinutes(4), Stores.Outages.Unsent("xmpp", 10)[0].AttemptedAt);
        Assert.Equal(["slack:U0BOB"], Stores.Outages.Unsent("slack", 10).Select(n => n.PersonId));
        var all = Stores.Outages.Notices(outage.Number);
        Assert.Equal(3, all.Count);
        Assert.Equal(Monday.AddMinutes(5), all.Single(n => n.PersonId == "xmpp:alice@localhost").SentAt);
    }

    [Fact]
    public void Queue_InATransactionThatFails_KeepsNothing()
    {
        var outage = Stores.Outages.Open(Outage("messagerie"));
        Assert.Throws<InvalidOperationException>(() => Stores.UnitOfWork.InOneTransaction(() =>
        {
            Stores.Outages.Queue([Notice(outage.Number, "xmpp:alice@localhost", "xmpp")]);
            Stores.Outages.SavePerson(Person(outage.Number, "xmpp:alice@localhost", Monday));
            throw new InvalidOperationException("the turn failed");
        }));

        Assert.Empty(Stores.Outages.Unsent("xmpp", 10));
        Assert.Empty(Stores.Outages.People(outage.Number));
    }

    private static Outage Outage(string service) => new()
    {
        Service = service,
        Words = [service, "mail", "outlook"],
        Symptom = "les mails ne partent plus",
        OpenedBy = "xmpp:bruno@localhost",
        OpenedAt = Monday,
        Tickets = [4, 2],
    };

    private static OutagePerson Person(int outage, string id, DateTimeOffset at) => new()
    {
        Outage = outage, PersonId = id, Channel = "xmpp", Address = id[5..], Language = "fr", Report = "je reçois plus mes mails", At = at,
    };

    private static OutageNotice Notice(int outage, string id, string channel) => new()
    {
        Outage = outage, Sequence = 1, PersonId = id, Channel = channel, Address = id[(channel.Length + 1)..], Text = "Des nouvelles",
        Choices = ["1", "2"], QueuedAt = Monday,
    };
}
