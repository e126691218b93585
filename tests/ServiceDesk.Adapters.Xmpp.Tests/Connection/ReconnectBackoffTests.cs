using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp.Tests.Connection;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    [Fact]
    public void NextDelay_FirstFailure_IsOneSecond()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(1));

        Assert.Equal(Min, backoff.NextDelay());
    }

    [Fact]
    public void NextDelay_ConsecutiveFailures_GrowWithinDoublingBounds()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(2));
        backoff.NextDelay();

        for (var failure = 1; failure <= 8; failure++)
        {
            var ceiling = TimeSpan.FromSeconds(Math.Pow(2, failure));
            var delay = backoff.NextDelay();

            Assert.InRange(delay, ceiling / 2, ceiling);
        }
    }

    [Fact]
    public void NextDelay_ManyFailures_StaysBetweenHalfAndFullCap()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(3));

        var delays = Delays(backoff, 60).Skip(20).ToList();

        Assert.All(delays, d => Assert.InRange(d, Max / 2, Max));
        Assert.True(delays.Distinct().Count() > 1, "capped delays should still be jittered");
    }

    [Fact]
    public void Reset_AfterHealthySession_StartsAgainAtOneSecond()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(4));
        for (var i = 0; i < 10; i++)
        {
            backoff.NextDelay();
        }

        backoff.Reset();

        Assert.Equal(Min, backoff.NextDelay());
    }

    [Fact]
    public void NextDelay_TwoClientsSameFailureCount_UsuallyDiffer()
    {
        var first = new ReconnectBackoff(Min, Max, new Random(5));
        var second = new ReconnectBackoff(Min, Max, new Random(6));

        var a = Delays(first, 6)[^1];
        var b = Delays(second, 6)[^1];

        Assert.NotEqual(a, b);
    }

    private static List<TimeSpan> Delays(ReconnectBackoff backoff, int count)
    {
        List<TimeSpan> delays = [];
        for (var i = 0; i < count; i++)
        {
            delays.Add(backoff.NextDelay());
        }

        return delays;
    }
}
