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
    public void OnResumed_ServerHandledSome_ReturnsTheRestStillQueued()
    {
        var sm = Enabled();
        Send(sm, "m1", "m2", "m3");

        var resend = sm.OnResumed(1);

        Assert.Equal(["m2", "m3"], resend.Select(s => s.Xml));
        Assert.Equal(2, sm.UnackedCount);
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
