namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>
/// Capped exponential backoff with equal jitter: the n-th failure in a row waits between half and all of
/// min·2ⁿ (capped at max), never less than min, so many bots cut off at once do not come back in step.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan min, TimeSpan max, Random random)
{
    private int failures;

    public TimeSpan NextDelay()
    {
        var ceiling = Math.Min(max.TotalMilliseconds, min.TotalMilliseconds * Math.Pow(2, failures));
        failures = Math.Min(failures + 1, 32);
        var jittered = (ceiling / 2) + (random.NextDouble() * ceiling / 2);
        return TimeSpan.FromMilliseconds(Math.Clamp(jittered, min.TotalMilliseconds, max.TotalMilliseconds));
    }

    public void Reset() => failures = 0;
}
