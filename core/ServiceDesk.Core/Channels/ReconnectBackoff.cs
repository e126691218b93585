namespace ServiceDesk.Core.Channels;

/// <summary>
/// Capped exponential backoff with "equal jitter": the n-th consecutive failure waits between half
/// and all of min·2ⁿ (capped at max), never less than min, so many bots restarted at once do not
/// reconnect in step. A healthy session resets it. Shared by the network adapters (XMPP, Slack Socket Mode).
/// </summary>
public sealed class ReconnectBackoff(TimeSpan min, TimeSpan max, Random random)
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
