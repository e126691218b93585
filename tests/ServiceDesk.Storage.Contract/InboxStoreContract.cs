using ServiceDesk.Core.Channels;
using static ServiceDesk.Storage.Contract.Samples;

namespace ServiceDesk.Storage.Contract;

/// <summary>What every <see cref="Core.Storage.IInboxStore"/> does.</summary>
public abstract class InboxStoreContract : StoreContract
{
    [Fact]
    public void Pending_KeptThenReopened_ReturnsUnhandledMessagesInOrderWithTheirFieldsMarkedReplayed()
    {
        var first = Message("alice@localhost", "Outlook ne marche plus") with { MessageId = "m1", DisplayName = "Alice" };
        var second = Message("bob@localhost", "{ $where: 1 } \"; DROP TABLE tickets; --", 1) with { MessageId = "m2", Corrects = "m0" };
        var room = Message("support@conference.localhost", "/take 1", 2) with
        {
            From = new ChannelAddress("xmpp", "support@conference.localhost") { IsRoom = true },
            Speaker = new ChannelAddress("xmpp", "bruno@localhost"),
        };
        var handled = Stores.Inbox.Keep(Message("carol@localhost", "statut"));
        Stores.Inbox.Keep(first);
        Stores.Inbox.Keep(second);
        Stores.Inbox.Keep(room);
        Stores.Inbox.Forget(handled);

        Reopen();
        var pending = Stores.Inbox.Pending("xmpp").Select(p => p.Message).ToList();

        Assert.Equal([first with { Replayed = true }, second with { Replayed = true }, room with { Replayed = true }], pending);
    }

    /// <summary>A click, a thread, a slash command's reply handle and the profile's language survive a restart (issue 12).</summary>
    [Fact]
    public void Pending_ClickThreadReplyHandleAndProfile_KeptWithTheMessage()
    {
        var click = Message("U0ALICE", "2") with
        {
            ChosenOption = 2, Question = new MessageReference("D1:1700000000.000100"), Language = "fr", TimeZone = "Europe/Paris",
        };
        var command = Message("U0BRUNO", "/take 42", 1) with
        {
            Thread = ThreadReference.ForTicket(42), ReplyHandle = new ReplyHandle("https://hooks.slack.com/commands/T1/2/abc"),
        };
        Stores.Inbox.Keep(click);
        Stores.Inbox.Keep(command);

        Reopen();
        var pending = Stores.Inbox.Pending("xmpp").Select(p => p.Message).ToList();

        Assert.Equal([click with { Replayed = true }, command with { Replayed = true }], pending);
        Assert.Equal(42, pending[1].Thread?.TicketNumber);
    }

    /// <summary>
    /// The delivery key (issue 18): the same delivery kept twice (Slack sending one envelope to two connections, or to two
    /// instances sharing the store) is in the inbox once, also after the first copy was handled and forgotten.
    /// </summary>
    [Fact]
    public void KeepOnce_SameDeliveryKeyTwice_KeptOnceEvenAfterItWasHandled()
    {
        var first = SlackMessage("U0ALICE", "Outlook ne marche plus") with { DeliveryKey = "event:Ev01", MessageId = "m1" };

        var kept = Stores.Inbox.KeepOnce(first);
        var again = Stores.Inbox.KeepOnce(first with { Text = "(the same envelope, on another connection)" });
        Stores.Inbox.Forget(kept!.Value);
        var afterHandled = Stores.Inbox.KeepOnce(first);

        Assert.NotNull(kept);
        Assert.Null(again);
        Assert.Null(afterHandled);
        Assert.Empty(Stores.Inbox.Pending("slack"));
    }

    [Fact]
    public void KeepOnce_NoKeyOrAnotherKeyOrAnotherChannel_KeepsEach()
    {
        var message = SlackMessage("U0ALICE", "bonjour");

        Stores.Inbox.KeepOnce(message);
        Stores.Inbox.KeepOnce(message);
        Stores.Inbox.KeepOnce(message with { DeliveryKey = "event:Ev01" });
        Stores.Inbox.KeepOnce(message with { DeliveryKey = "event:Ev02" });
        Stores.Inbox.KeepOnce(Message("alice@localhost", "bonjour") with { DeliveryKey = "event:Ev01" });

        Assert.Equal(4, Stores.Inbox.Pending("slack").Count);
        Assert.Single(Stores.Inbox.Pending("xmpp"));
    }

    private static InboundMessage SlackMessage(string from, string text) =>
        Message(from, text) with { From = new ChannelAddress("slack", from) };

    [Fact]
    public void Pending_ManyKeptInARow_KeepsTheirOrder()
    {
        var texts = Enumerable.Range(0, 50).Select(i => $"message {i}").ToList();
        foreach (var text in texts)
        {
            Stores.Inbox.Keep(Message("alice@localhost", text));
        }

        Assert.Equal(texts, Stores.Inbox.Pending("xmpp").Select(p => p.Message.Text));
    }

    [Fact]
    public void Pending_OtherChannel_IsNotReturned()
    {
        Stores.Inbox.Keep(new InboundMessage(new ChannelAddress("console", "me"), "bonjour", Monday));

        Assert.Empty(Stores.Inbox.Pending("xmpp"));
    }

    [Fact]
    public void Forget_Twice_LeavesNothingAndDoesNotThrow()
    {
        var id = Stores.Inbox.Keep(Message("alice@localhost", ""));

        Stores.Inbox.Forget(id);
        Stores.Inbox.Forget(id);

        Assert.Empty(Stores.Inbox.Pending("xmpp"));
    }
}
