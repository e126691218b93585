namespace ServiceDesk.Bot;

/// <summary>
/// How a turn that failed on the store (a full disk, an I/O error, a lock) is run again (configuration section
/// <c>Storage:Retry</c>).
/// </summary>
internal sealed class StoreRetryOptions
{
    /// <summary>The wait before the first retry; each next one doubles, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a turn is retried before it is given up: the person is told, and the message stays in the inbox for
    /// the next start.
    /// </summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1 for the first): between half and all of
    /// <see cref="FirstDelay"/>·2ⁿ⁻¹, capped at <see cref="MaxDelay"/>, so that the lanes of everyone who wrote during
    /// the outage do not all knock at the same moment.
    /// </summary>
    public TimeSpan DelayBefore(int retry, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(retry - 1, 0, 30)));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }
}
