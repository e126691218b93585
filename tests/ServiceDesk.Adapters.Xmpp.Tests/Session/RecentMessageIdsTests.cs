using ServiceDesk.Adapters.Xmpp.Session;

namespace ServiceDesk.Adapters.Xmpp.Tests.Session;

public sealed class RecentMessageIdsTests
{
    [Fact]
    public void Add_SameSenderAndId_IsARepeat()
    {
        var recent = new RecentMessageIds(10);

        Assert.True(recent.Add("alice@localhost", "m1"));
        Assert.False(recent.Add("alice@localhost", "m1"));
    }

    [Fact]
    public void Add_SameIdFromAnotherSender_IsNotARepeat()
    {
        var recent = new RecentMessageIds(10);
        recent.Add("alice@localhost", "m1");

        Assert.True(recent.Add("mallory@localhost", "m1"));
    }

    [Fact]
    public void Add_PastCapacity_ForgetsTheOldest()
    {
        var recent = new RecentMessageIds(2);
        recent.Add("a", "1");
        recent.Add("a", "2");
        recent.Add("a", "3");

        Assert.True(recent.Add("a", "1"));
        Assert.False(recent.Add("a", "3"));
    }
}
