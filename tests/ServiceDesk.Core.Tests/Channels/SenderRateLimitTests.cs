using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Tests.Channels;

public sealed class SenderRateLimitTests
{
    private static readonly ChannelAddress Flooder = new("xmpp", "flood@localhost");
    private static readonly ChannelAddress Alice = new("xmpp", "alice@localhost");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private readonly SenderRateLimit _limit;

    public SenderRateLimitTests() => _limit = new SenderRateLimit(new RateLimitOptions { Burst = 30, PerMinute = 60 }, _clock);

    [Fact]
    public void Admit_FiftyThousandInAMinute_AdmitsBurstPlusRefillAndNotifiesOnce()
    {
        var verdicts = new List<RateVerdict>();
        for (var i = 0; i < 50_000; i++)
        {
            verdicts.Add(_limit.Admit(Flooder));
            _clock.Advance(TimeSpan.FromMilliseconds(1.2));
        }

        var admitted = verdicts.Count(v => v == RateVerdict.Admitted);
        Assert.InRange(admitted, 30, 30 + 61);
        Assert.Single(verdicts, v => v == RateVerdict.RefusedWithNotice);
    }

    [Fact]
    public void Admit_OneSenderFlooding_DoesNotLimitAnother()
    {
        for (var i = 0; i < 1_000; i++)
        {
            _limit.Admit(Flooder);
        }

        Assert.Equal(RateVerdict.Admitted, _limit.Admit(Alice));
    }

    [Fact]
    public void Admit_AfterAQuietMinute_AdmitsAgain()
    {
        for (var i = 0; i < 100; i++)
        {
            _limit.Admit(Flooder);
        }

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(RateVerdict.Admitted, _limit.Admit(Flooder));
    }

    [Fact]
    public void Admit_LimitTurnedOff_AdmitsEverything()
    {
        var off = new SenderRateLimit(new RateLimitOptions { PerMinute = 0 }, _clock);

        Assert.All(Enumerable.Range(0, 500).Select(_ => off.Admit(Flooder)), v => Assert.Equal(RateVerdict.Admitted, v));
    }
}
