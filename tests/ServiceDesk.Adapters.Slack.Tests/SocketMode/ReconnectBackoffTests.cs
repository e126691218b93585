using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Slack.Tests.SocketMode;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

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
    public void Reset_AfterAHealthyConnection_StartsAgainFromTheMinimum()
    {
        var backoff = new ReconnectBackoff(Min, Max, new Random(1));
        for (var i = 0; i < 10; i++)
        {
            backoff.NextDelay();
        }

        backoff.Reset();
        Assert.Equal(Min, backoff.NextDelay());
    }
}
