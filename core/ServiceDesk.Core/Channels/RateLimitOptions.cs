namespace ServiceDesk.Core.Channels;

/// <summary>How many messages one sender may send (configuration section <c>RateLimit</c>).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Messages a sender may send at once before the limit applies (a person pasting lines, a burst).</summary>
    public int Burst { get; set; } = 30;

    /// <summary>Sustained messages per minute per sender; zero or less turns the limit off.</summary>
    public int PerMinute { get; set; } = 60;

    /// <summary>The shortest time between two notices to the same sender that they are going too fast.</summary>
    public TimeSpan NoticeInterval { get; set; } = TimeSpan.FromMinutes(1);
}
