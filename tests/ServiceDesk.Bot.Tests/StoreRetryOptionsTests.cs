namespace ServiceDesk.Bot.Tests;

public sealed class StoreRetryOptionsTests
{
    private static readonly StoreRetryOptions Options = new() { FirstDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromMinutes(1) };

    [Fact]
    public void DelayBefore_FirstRetry_IsBetweenHalfAndAllOfTheFirstDelay()
    {
        var random = new Random(1);

        var delays = Enumerable.Range(0, 50).Select(_ => Options.DelayBefore(1, random)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void DelayBefore_NextRetries_DoubleTheCeiling()
    {
        var random = new Random(2);

        for (var retry = 2; retry <= 5; retry++)
        {
            var ceiling = TimeSpan.FromSeconds(2 * Math.Pow(2, retry - 1));

            Assert.InRange(Options.DelayBefore(retry, random), ceiling / 2, ceiling);
        }
    }

    [Fact]
    public void DelayBefore_ManyRetries_StaysUnderTheCapAndStillJittered()
    {
        var random = new Random(3);

        var delays = Enumerable.Range(10, 200).Select(retry => Options.DelayBefore(retry, random)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1)));
        Assert.True(delays.Distinct().Count() > 100, "capped delays should still be jittered");
    }
}
