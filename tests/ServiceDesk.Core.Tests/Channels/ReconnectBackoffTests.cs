using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Tests.Channels;

/// <summary>The one reconnection backoff both network adapters (XMPP, Slack Socket Mode) use.</summary>
public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    [Fact]
    public void NextDelay_FirstFailure_IsTheMinimum()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(1));

        Assert.Equal(Min, backoff.NextDelay());
    }

    [Fact]
    public void NextDelay_ConsecutiveFailures_DoubleWithinJitterAndStopAtTheCap()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(3));
        for (var failure = 0; failure < 40; failure++)
        {
            var ceiling = Math.Min(Max.TotalSeconds, Math.Pow(2, failure));
            var delay = backoff.NextDelay().TotalSeconds;
            Assert.InRange(delay, Math.Max(Min.TotalSeconds, ceiling / 2), ceiling);
        }
    }

    [Fact]
    public void NextDelay_ManyFailures_StaysBetweenHalfAndFullCapStillJittered()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(3));

        var delays = Delays(backoff, 60).Skip(20).ToList();

        Assert.All(delays, d => Assert.InRange(d, Max / 2, Max));
        Assert.True(delays.Distinct().Count() > 1, "capped delays should still be jittered");
    }

    [Fact]
    public void NextDelay_ManyClients_AreNotInStep()
    {
        var delays = Enumerable.Range(0, 20).Select(seed =>
        {
            var backoff = new ReconnectBackoff(Min, Max, new Random(seed));
            for (var i = 0; i < 5; i++)
            {
                backoff.NextDelay();
            }

            return backoff.NextDelay();
        }).ToList();
        Assert.True(delays.Distinct().Count() > 10);
    }

    [Fact]
    public void Reset_AfterAHealthySession_StartsAgainFromTheMinimum()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(1));
        for (var i = 0; i < 10; i++)
        {
            backoff.NextDelay();
        }

        backoff.Reset();
        Assert.Equal(Min, backoff.NextDelay());
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
