using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.People;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tests.People;

public sealed class PersonDirectoryTests
{
    private static readonly ChannelAddress AliceJabber = new("xmpp", "alice@example.org");
    private static readonly ChannelAddress AliceSlack = new("slack", "U0123ABCD");

    [Fact]
    public void RequesterId_Unlinked_IsTheAddressAsBefore()
    {
        var people = new PersonDirectory([new Person("Alice", [AliceJabber, AliceSlack])]);

        Assert.Equal("slack:U0BOB", people.RequesterId(new ChannelAddress("slack", "U0BOB")));
        Assert.Equal("xmpp:bob@example.org", PersonDirectory.None.RequesterId(new ChannelAddress("xmpp", "bob@example.org")));
    }

    [Fact]
    public void RequesterId_Linked_IsTheFirstAddressFromEveryChannel()
    {
        var people = new PersonDirectory([new Person("Alice", [AliceJabber, AliceSlack])]);

        Assert.Equal("xmpp:alice@example.org", people.RequesterId(AliceSlack));
        Assert.Equal("xmpp:alice@example.org", people.RequesterId(AliceJabber));
        Assert.Null(people.Find(AliceSlack with { IsRoom = true }));
    }

    [Fact]
    public void New_OneAddressClaimedByTwoPeople_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonDirectory(
        [
            new Person("Alice", [AliceJabber, AliceSlack]),
            new Person("Bob", [new ChannelAddress("xmpp", "bob@example.org"), AliceSlack]),
        ]));

        Assert.Contains("slack:U0123ABCD is claimed by two people (Alice and Bob)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_AnswerStaysWhereTheMessageCameFromOthersGoToTheLastUsed()
    {
        var profiles = new InMemoryProfiles();
        var reach = new RequesterReach(new PersonDirectory([new Person("Alice", [AliceJabber, AliceSlack])]), profiles);
        var now = DateTimeOffset.UnixEpoch;
        reach.Wrote(new InboundMessage(AliceSlack, "bonjour", now), now);

        var routed = reach.Route(
        [
            new OutboundMessage(AliceJabber, "answer to her Jabber message"),
            new OutboundMessage(new ChannelAddress("xmpp", "bob@example.org"), "someone else"),
        ], answering: AliceJabber);
        var started = reach.Route([new OutboundMessage(AliceJabber, "Bruno Martin : bonjour")]);

        Assert.Equal([AliceJabber, new ChannelAddress("xmpp", "bob@example.org")], routed.Select(m => m.To));
        Assert.Equal(AliceSlack, Assert.Single(started).To);
    }

    private sealed class InMemoryProfiles : IProfileStore
    {
        private readonly Dictionary<string, RequesterProfile> _profiles = [];

        public RequesterProfile? Find(string requesterId) => _profiles.GetValueOrDefault(requesterId);

        public void Save(RequesterProfile profile) => _profiles[profile.Id] = profile;
    }
}
