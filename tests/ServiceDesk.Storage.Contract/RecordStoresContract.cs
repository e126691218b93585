using ServiceDesk.Core.Conversation;
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
        Assert.Null(Stores.Profiles.Find("xmpp:bob@localhost"));
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

    [Fact]
    public void ProblemSave_Unknown_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Stores.Problems.Save(Problem("VPN") with { Number = 7 }));
    }
}
