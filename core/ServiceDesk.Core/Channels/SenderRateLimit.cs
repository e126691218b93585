namespace ServiceDesk.Core.Channels;

/// <summary>
/// A token bucket per sender: <see cref="RateLimitOptions.Burst"/> messages at once, then
/// <see cref="RateLimitOptions.PerMinute"/> a minute. One account flooding the desk (a script, a stuck
/// client) must not slow everybody else down, nor fill the ticket journal.
/// </summary>
/// <remarks>
/// Thread-safe. Time comes from the injected clock. Buckets that are full again are pruned from time to
/// time so thousands of senders cost little memory.
/// </remarks>
public sealed class SenderRateLimit(RateLimitOptions options, TimeProvider clock)
{
    private const int PruneEvery = 1024;
    private readonly Dictionary<ChannelAddress, Bucket> _buckets = [];
    private readonly Lock _gate = new();
    private int _admissions;

    /// <summary>Decides whether a message from <paramref name="sender"/> is handled now.</summary>
    public RateVerdict Admit(ChannelAddress sender)
    {
        if (options.PerMinute <= 0)
        {
            return RateVerdict.Admitted;
        }

        var now = clock.GetUtcNow();
        lock (_gate)
        {
            PruneNow(now);
            if (!_buckets.TryGetValue(sender, out var bucket))
            {
                bucket = new Bucket(Math.Max(1, options.Burst), now, DateTimeOffset.MinValue);
            }

            var tokens = Math.Min(Math.Max(1, options.Burst), bucket.Tokens + Refill(now - bucket.At));
            if (tokens >= 1)
            {
                _buckets[sender] = bucket with { Tokens = tokens - 1, At = now };
                return RateVerdict.Admitted;
            }

            var notify = now - bucket.NoticeAt >= options.NoticeInterval;
            _buckets[sender] = bucket with { Tokens = tokens, At = now, NoticeAt = notify ? now : bucket.NoticeAt };
            return notify ? RateVerdict.RefusedWithNotice : RateVerdict.Refused;
        }
    }

    private double Refill(TimeSpan elapsed) => Math.Max(0, elapsed.TotalMinutes) * options.PerMinute;

    private void PruneNow(DateTimeOffset now)
    {
        if (++_admissions % PruneEvery != 0)
        {
            return;
        }

        var full = _buckets.Where(b => b.Value.Tokens + Refill(now - b.Value.At) >= options.Burst && now - b.Value.NoticeAt >= options.NoticeInterval)
            .Select(b => b.Key).ToList();
        foreach (var sender in full)
        {
            _buckets.Remove(sender);
        }
    }

    private readonly record struct Bucket(double Tokens, DateTimeOffset At, DateTimeOffset NoticeAt);
}
