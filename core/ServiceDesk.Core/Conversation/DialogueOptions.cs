namespace ServiceDesk.Core.Conversation;

/// <summary>How the requester dialogue behaves (configuration section <c>Dialogue</c>).</summary>
public sealed class DialogueOptions
{
    /// <summary>Longest message kept whole; longer ones are cut there and the person is told.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>How many recent message ids a conversation remembers to drop redeliveries.</summary>
    public int RememberedMessageIds { get; set; } = 50;

    /// <summary>The desk's time zone (IANA id): "depuis ce matin" means this morning there.</summary>
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>
    /// From this many tickets waiting to be picked up, a new request is first acknowledged with the current wait
    /// (seed 001, "Trop de tickets arrivent en même temps").
    /// </summary>
    public int SurgeThreshold { get; set; } = 20;

    /// <summary>How many known errors to propose at most (product brief: the best 1–3).</summary>
    public int KnownErrorsOffered { get; set; } = 3;

    /// <summary>Who reads a confidential request (<c>Desk:ConfidentialGroup</c>), as the person is told.</summary>
    public string ConfidentialGroup { get; set; } = "rh";

    /// <summary>
    /// People type in bursts: a message that opens a request is answered once the person has been silent
    /// this long, together with what followed (seed 000 §5: listen first). Zero answers every message at once.
    /// </summary>
    public TimeSpan BurstPause { get; set; } = TimeSpan.FromSeconds(2.5);

    /// <summary>The longest the bot listens to one burst before answering.</summary>
    public TimeSpan BurstMaximum { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The time zone, falling back to UTC when the id is unknown on this machine.</summary>
    public TimeZoneInfo Zone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
