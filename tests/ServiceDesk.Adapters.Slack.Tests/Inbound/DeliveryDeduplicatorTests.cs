using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.Slack.Inbound;

namespace ServiceDesk.Adapters.Slack.Tests.Inbound;

public sealed class DeliveryDeduplicatorTests
{
    private readonly FakeTimeProvider clock = new();

    private DeliveryDeduplicator Create(int capacity = 100) => new(clock, TimeSpan.FromMinutes(10), capacity);

    [Fact]
    public void Claim_SameEventUnderAnotherEnvelope_WhileBeingKept_IsHeldBack()
    {
        var seen = Create();
        Assert.Equal(DeliveryVerdict.New, seen.Claim(["event:Ev1", "delivery:e1"]));
        Assert.Equal(DeliveryVerdict.BeingKept, seen.Claim(["event:Ev1", "delivery:e2"]));
    }

    [Fact]
    public void Claim_AfterKept_IsAlreadyKept()
    {
        var seen = Create();
        seen.Claim(["msg:c1", "delivery:e1"]);
        seen.MarkKept(["msg:c1", "delivery:e1"]);
        Assert.Equal(DeliveryVerdict.AlreadyKept, seen.Claim(["msg:c1", "delivery:e9"]));
    }

    [Fact]
    public void Claim_AfterReleased_IsNewAgain()
    {
        var seen = Create();
        seen.Claim(["event:Ev1"]);
        seen.Release(["event:Ev1"]);
        Assert.Equal(DeliveryVerdict.New, seen.Claim(["event:Ev1"]));
    }

    [Fact]
    public void Claim_AfterTheWindow_IsForgotten()
    {
        var seen = Create();
        seen.Claim(["event:Ev1"]);
        seen.MarkKept(["event:Ev1"]);
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(DeliveryVerdict.AlreadyKept, seen.Claim(["event:Ev1"]));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(DeliveryVerdict.New, seen.Claim(["event:Ev1"]));
    }

    [Fact]
    public void Claim_PastCapacity_ForgetsTheOldest()
    {
        var seen = Create(capacity: 3);
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            seen.Claim([id]);
            seen.MarkKept([id]);
        }

        seen.Claim(["e"]);
        Assert.Equal(DeliveryVerdict.New, seen.Claim(["a"]));
        Assert.Equal(DeliveryVerdict.AlreadyKept, seen.Claim(["d"]));
    }
}
