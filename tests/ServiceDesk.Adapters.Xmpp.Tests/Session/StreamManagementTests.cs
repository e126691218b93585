using ServiceDesk.Adapters.Xmpp.Session;

namespace ServiceDesk.Adapters.Xmpp.Tests.Session;

public sealed class StreamManagementTests
{
    [Fact]
    public void OnAck_SomeHandled_DropsThemInOrder()
    {
        var sm = Enabled();
        Send(sm, "m1", "m2", "m3");

        Assert.True(sm.OnAck(2));

        Assert.Equal(1, sm.UnackedCount);
        Assert.Equal(["m3"], sm.OnResumed(2).Select(s => s.Xml));
    }

    [Fact]
    public void OnAck_MoreThanSent_IsRefused()
    {
        var sm = Enabled();
        Send(sm, "m1");

        Assert.False(sm.OnAck(2));
        Assert.Equal(1, sm.UnackedCount);
    }

    [Fact]
    public void OnAck_SameCountTwice_ChangesNothing()
    {
        var sm = Enabled();
        Send(sm, "m1", "m2");
        sm.OnAck(1);

        Assert.True(sm.OnAck(1));
        Assert.Equal(1, sm.UnackedCount);
        Assert.Equal(2, sm.AcksReceived);
    }

    [Fact]
    public void RecordSent_NotEnabled_KeepsNothing()
    {
        var sm = new StreamManagement();

        Send(sm, "m1");
        sm.CountInbound();

        Assert.Equal(0, sm.UnackedCount);
        Assert.Equal(0u, sm.InboundHandled);
    }

    [Fact]
    public void CountInbound_Enabled_CountsFromZero()
    {
        var sm = Enabled();

        sm.CountInbound();
        sm.CountInbound();

        Assert.Equal(2u, sm.InboundHandled);
    }

    [Fact]
    public void BeginInbound_MessageNotKeptYet_HoldsTheCountBackUntilAcknowledged()
    {
        var sm = Enabled();
        sm.CountInbound();
        var message = sm.BeginInbound()!.Value;
        sm.CountInbound();

        Assert.Equal(1u, sm.InboundHandled);
        sm.Acknowledge(message);
        Assert.Equal(3u, sm.InboundHandled);
    }

    [Fact]
    public void Acknowledge_OutOfOrder_CountsOnlyTheUnbrokenRun()
    {
        var sm = Enabled();
        var first = sm.BeginInbound()!.Value;
        var second = sm.BeginInbound()!.Value;

        sm.Acknowledge(second);
        Assert.Equal(0u, sm.InboundHandled);
        sm.Acknowledge(first);
        Assert.Equal(2u, sm.InboundHandled);
    }

    [Fact]
    public void AnswerAckRequest_WhileAMessageIsBeingKept_IsAnsweredOnceItIsKept()
    {
        var sm = Enabled();
        var message = sm.BeginInbound()!.Value;

        // Not answered with a count that stops before the message: one answer, once it is kept.
        Assert.False(sm.TryAnswerAckRequest(out _));
        Assert.False(sm.TakeOwedAck(out _));
        sm.Acknowledge(message);

        Assert.Equal(1, sm.AckOwed.CurrentCount);
        Assert.True(sm.TakeOwedAck(out var handled));
        Assert.Equal(1u, handled);
        Assert.False(sm.TakeOwedAck(out _));
        Assert.False(sm.TakeWaitingRequest(out _));
    }

    [Fact]
    public void AnswerAckRequest_WhileTwoAreBeingKept_EachKeepThatMovesTheCountIsTold()
    {
        var sm = Enabled();
        var first = sm.BeginInbound()!.Value;
        var second = sm.BeginInbound()!.Value;
        Assert.False(sm.TryAnswerAckRequest(out _));

        // The second kept first moves nothing: the request still waits.
        sm.Acknowledge(second);
        Assert.False(sm.TakeOwedAck(out _));

        sm.Acknowledge(first);
        Assert.True(sm.TakeOwedAck(out var handled));
        Assert.Equal(2u, handled);
        Assert.False(sm.TakeOwedAck(out _));
    }

    [Fact]
    public void AnswerAckRequest_WhenTheKeepTakesLong_TheKeepAliveAnswersWithTheCountAsItStands()
    {
        var sm = Enabled();
        var stuck = sm.BeginInbound()!.Value;
        Assert.False(sm.TryAnswerAckRequest(out _));

        Assert.True(sm.TakeWaitingRequest(out var handled));
        Assert.Equal(0u, handled);
        Assert.False(sm.TakeWaitingRequest(out _));

        // The keep that ends later is told once more, unasked.
        sm.Acknowledge(stuck);
        Assert.True(sm.TakeOwedAck(out handled));
        Assert.Equal(1u, handled);
    }

    [Fact]
    public void AnswerAckRequest_WhileOneIsBeingKept_ACountThatMovedIsAnsweredAtOnce()
    {
        var sm = Enabled();
        sm.Acknowledge(sm.BeginInbound()!.Value);
        var held = sm.BeginInbound()!.Value;

        // The first message is kept and the server was not told: told now, whatever becomes of the second.
        Assert.True(sm.TryAnswerAckRequest(out var handled));
        Assert.Equal(1u, handled);
        Assert.False(sm.TakeWaitingRequest(out _));

        sm.Acknowledge(held);
        Assert.True(sm.TakeOwedAck(out handled));
        Assert.Equal(2u, handled);
    }

    [Fact]
    public void AnswerAckRequest_NothingBeingKept_OwesNothing()
    {
        var sm = Enabled();
        sm.Acknowledge(sm.BeginInbound()!.Value);

        Assert.True(sm.TryAnswerAckRequest(out var answered));
        Assert.Equal(1u, answered);
        sm.CountInbound();

        Assert.False(sm.TakeOwedAck(out _));
        Assert.False(sm.TakeWaitingRequest(out _));
        Assert.Equal(0, sm.AckOwed.CurrentCount);
    }

    [Fact]
    public void Acknowledge_TokenFromAnEarlierSession_IsIgnored()
    {
        var sm = Enabled();
        var old = sm.BeginInbound()!.Value;
        sm.StartOver(handledByServer: null);
        sm.OnEnabled("again");
        var current = sm.BeginInbound()!.Value;

        sm.Acknowledge(old);

        Assert.Equal(0u, sm.InboundHandled);
        sm.Acknowledge(current);
        Assert.Equal(1u, sm.InboundHandled);
    }

    [Fact]
    public void BeginInbound_NotEnabled_HoldsNothing()
    {
        var sm = new StreamManagement();

        Assert.Null(sm.BeginInbound());
    }

    [Fact]
    public void OnResumed_ServerHandledSome_ReturnsTheRestStillQueued()
    {
        var sm = Enabled();
        Send(sm, "m1", "m2", "m3");

        var resend = sm.OnResumed(1);

        Assert.Equal(["m2", "m3"], resend.Select(s => s.Xml));
        Assert.Equal(2, sm.UnackedCount);
    }

    /// <summary>
    /// A message still being kept when the connection dropped is sent again by the server after the resumption, with
    /// what followed it; the bot drops the copy as a repeat. Counting from where it was told the server, not from where it
    /// was, it never acknowledges a message of the server's that the desk has not kept.
    /// </summary>
    [Fact]
    public void OnResumed_WhileAMessageIsBeingKept_CountsTheServersStanzasAgainFromWhatItWasTold()
    {
        var sm = Enabled();
        sm.CountInbound();
        var held = sm.BeginInbound()!.Value;
        sm.CountInbound();

        Assert.Equal(1u, sm.BeginResume());
        sm.OnResumed(0);
        sm.CountInbound();  // the server's 2nd again: the held message's copy, dropped as a repeat
        sm.CountInbound();  // its 3rd again
        var next = sm.BeginInbound()!.Value;  // its 4th, new
        sm.Acknowledge(held);

        Assert.Equal(3u, sm.InboundHandled);
        sm.Acknowledge(next);
        Assert.Equal(4u, sm.InboundHandled);
    }

    /// <summary>
    /// A stanza too large to read is dropped and counted; when a message before it was still being kept, the resume's
    /// count stops before that message and the server sends the dropped stanza again: it is recognised by its number,
    /// and a new session forgets the numbers.
    /// </summary>
    [Fact]
    public void CountDropped_SentAgainAfterAResume_IsKnownAsDroppedBefore()
    {
        var sm = Enabled();
        var held = sm.BeginInbound()!.Value;
        Assert.True(sm.CountDropped());

        Assert.Equal(0u, sm.BeginResume());
        sm.OnResumed(0);
        sm.CountInbound();  // the held message's copy, dropped as a repeat
        Assert.False(sm.CountDropped());
        sm.Acknowledge(held);
        Assert.Equal(2u, sm.InboundHandled);
        Assert.True(sm.CountDropped());

        sm.StartOver(handledByServer: null);
        sm.OnEnabled("new");
        sm.CountInbound();
        Assert.True(sm.CountDropped());
    }

    [Fact]
    public void StartOver_AfterFailedResume_ReturnsUnackedMessagesOnlyAndForgetsSession()
    {
        var sm = Enabled();
        sm.RecordSent(new OutgoingStanza("m1", IsMessage: true));
        sm.RecordSent(new OutgoingStanza("p1", IsMessage: false));
        sm.RecordSent(new OutgoingStanza("m2", IsMessage: true));
        sm.RecordSent(new OutgoingStanza("m3", IsMessage: true));
        sm.CountInbound();

        var carried = sm.StartOver(handledByServer: 1);

        Assert.Equal(["m2", "m3"], carried.Select(s => s.Xml));
        Assert.False(sm.Enabled);
        Assert.False(sm.CanResume);
        Assert.Equal(0u, sm.InboundHandled);
        Assert.Equal(0, sm.UnackedCount);
    }

    [Fact]
    public void OnEnabled_WithoutResumptionId_CannotResume()
    {
        var sm = new StreamManagement();

        sm.OnEnabled(null);

        Assert.True(sm.Enabled);
        Assert.False(sm.CanResume);
    }

    private static StreamManagement Enabled()
    {
        var sm = new StreamManagement();
        sm.OnEnabled("resume-1");
        return sm;
    }

    private static void Send(StreamManagement sm, params string[] xml)
    {
        foreach (var item in xml)
        {
            sm.RecordSent(new OutgoingStanza(item, IsMessage: true));
        }
    }
}
