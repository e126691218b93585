using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.People;
using ServiceDesk.Core.Problems;
using static ServiceDesk.Storage.Contract.Samples;

namespace ServiceDesk.Storage.Contract;

/// <summary>What every conversation, profile and problem store does.</summary>
public abstract class RecordStoresContract : StoreContract
{
    [Fact]
    public void ConversationSave_TwiceThenReopen_KeepsTheLastRecord()
    {
        Stores.Conversations.Save(Conversation("xmpp:alice@localhost"));
        Stores.Conversations.Save(Conversation("xmpp:alice@localhost") with { State = ConversationState.Confirming });
        Reopen();

        var found = Stores.Conversations.Find("xmpp:alice@localhost");

        Assert.NotNull(found);
        Assert.Equal(ConversationState.Confirming, found.State);
        Assert.Equal("en", found.Language);
        Assert.Equal(["m1", "m2"], found.RecentMessageIds);
        Assert.Null(Stores.Conversations.Find("xmpp:bob@localhost"));
    }

    [Fact]
    public void ProfileSave_ThenReopen_KeepsTheProfile()
    {
        Stores.Profiles.Save(new RequesterProfile { Id = "xmpp:alice@localhost", Language = "en", Workstation = "PC-0423", DisplayName = "Alice" });
        Reopen();

        var found = Stores.Profiles.Find("xmpp:alice@localhost");

        Assert.Equal("PC-0423", found?.Workstation);
        Assert.Equal("Alice", found?.DisplayName);
        Assert.Null(found?.LastChannel);
        Assert.Null(Stores.Profiles.Find("xmpp:bob@localhost"));
    }

    /// <summary>
    /// A person the configuration links across channels (issue 12) is reached where they last wrote: kept in their profile,
    /// so it survives a restart and is the same for every instance sharing the store.
    /// </summary>
    [Fact]
    public void ReachWrote_LinkedPersonOnSlackThenReopen_ReachedOnSlackWithProfileKept()
    {
        var (jabber, slack) = (new ChannelAddress("xmpp", "alice@localhost"), new ChannelAddress("slack", "U0ALICE"));
        var people = new PersonDirectory([new Person("Alice Martin", [jabber, slack])]);
        Stores.Profiles.Save(new RequesterProfile { Id = "xmpp:alice@localhost", Language = "en", Workstation = "PC-0423" });
        Stores.UnitOfWork.InOneTransaction(() => new RequesterReach(people, Stores.Profiles).Wrote(new InboundMessage(slack, "hello", Monday), Monday));
        Reopen();

        var reach = new RequesterReach(people, Stores.Profiles);

        Assert.Equal(slack, reach.Where(jabber));
        Assert.Equal(slack, Assert.Single(reach.Route([new OutboundMessage(jabber, "Bruno Martin: hello")])).To);
        var profile = Stores.Profiles.Find("xmpp:alice@localhost");
        Assert.Equal(("slack", "U0ALICE", "en", "PC-0423"), (profile?.LastChannel, profile?.LastAddress, profile?.Language, profile?.Workstation));
        Stores.UnitOfWork.InOneTransaction(() => reach.Wrote(new InboundMessage(jabber, "me again", Monday), Monday));
        Assert.Equal(jabber, reach.Where(slack));
    }

    [Fact]
    public void ProblemOpen_Two_NumbersFromOneAndUnresolvedByNumber()
    {
        var first = Stores.Problems.Open(Problem("Imprimante du 2e étage"));
        var second = Stores.Problems.Open(Problem("VPN"));
        Stores.Problems.Save(first with { Status = ProblemStatus.Resolved, Resolution = "pilote" });
        Reopen();

        Assert.Equal([1, 2], new[] { first.Number, second.Number });
        Assert.Equal([2], Stores.Problems.Unresolved().Select(p => p.Number));
        Assert.Equal([3, 1], Stores.Problems.Find(new ProblemNumber(2))?.Tickets);
        Assert.Equal("pilote", Stores.Problems.Find(new ProblemNumber(1))?.Resolution);
    }

    /// <summary>A ticket's thread on a network with threads (Slack's thread_ts), both ways, after a restart (issue 12).</summary>
    [Fact]
    public void ThreadBind_ThenReopen_FoundBothWaysPerChannel()
    {
        var ticket = Core.Channels.ThreadReference.ForTicket(42);
        Stores.Threads.Bind("slack", ticket, "C0TECH:1700000000.000100");
        Stores.Threads.Bind("slack", Core.Channels.ThreadReference.ForTicket(43), "C0TECH:1700000000.000200");
        Reopen();

        Assert.Equal("C0TECH:1700000000.000100", Stores.Threads.NativeOf("slack", ticket));
        Assert.Equal(ticket, Stores.Threads.ThreadOf("slack", "C0TECH:1700000000.000100"));
        Assert.Null(Stores.Threads.NativeOf("xmpp", ticket));
        Assert.Null(Stores.Threads.ThreadOf("slack", "C0TECH:1700000000.000999"));
        Assert.Null(Stores.Threads.NativeOf("slack", Core.Channels.ThreadReference.ForTicket(44)));
    }

    [Fact]
    public void ProblemSave_Unknown_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Stores.Problems.Save(Problem("VPN") with { Number = 7 }));
    }
}
