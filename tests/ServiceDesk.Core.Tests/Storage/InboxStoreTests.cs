using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Tests.Storage;

public sealed class InboxStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Pending_KeptThenReopened_ReturnsUnhandledMessagesInOrderWithTheirFieldsMarkedReplayed()
    {
        using var file = new TemporaryDatabase();
        var inbox = new InboxStore(file.Database);
        var first = new InboundMessage(new ChannelAddress("xmpp", "alice@localhost"), "Outlook ne marche plus", Monday) { MessageId = "m1", DisplayName = "Alice" };
        var second = new InboundMessage(new ChannelAddress("xmpp", "bob@localhost"), "{ $where: 1 } \"; DROP", Monday.AddSeconds(1)) { MessageId = "m2" };
        var handled = inbox.Keep(new InboundMessage(new ChannelAddress("xmpp", "carol@localhost"), "statut", Monday));
        inbox.Keep(first);
        inbox.Keep(second);
        inbox.Forget(handled);

        file.Reopen();
        var pending = new InboxStore(file.Database).Pending("xmpp").Select(p => p.Message).ToList();

        Assert.Equal([first with { Replayed = true }, second with { Replayed = true }], pending);
    }

    [Fact]
    public void Pending_OtherChannel_IsNotReturned()
    {
        using var file = new TemporaryDatabase();
        var inbox = new InboxStore(file.Database);
        inbox.Keep(new InboundMessage(new ChannelAddress("console", "me"), "bonjour", Monday));

        Assert.Empty(inbox.Pending("xmpp"));
    }

    [Fact]
    public void Forget_Twice_LeavesNothingAndDoesNotThrow()
    {
        using var file = new TemporaryDatabase();
        var inbox = new InboxStore(file.Database);
        var id = inbox.Keep(new InboundMessage(new ChannelAddress("xmpp", "alice@localhost"), "", Monday));

        inbox.Forget(id);
        inbox.Forget(id);

        Assert.Empty(inbox.Pending("xmpp"));
    }
}
