namespace ServiceDesk.Core.Outages;

/// <summary>Major incidents (configuration section <c>Outages</c>).</summary>
public sealed class OutageOptions
{
    /// <summary>
    /// Services and the words people use for them, added to (or replacing, for the same service) the desk's own list
    /// (<see cref="ServiceVocabulary.Default"/>): <c>Outages:Services:messagerie:0=webmail</c>.
    /// </summary>
    public Dictionary<string, List<string>> Services { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often at most the technicians' room gets an outage's counters, when they changed.</summary>
    public TimeSpan SummaryEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many outage notices a channel sends per second at most, by channel name (<c>Outages:SendPerSecond:xmpp=20</c>);
    /// <c>*</c> for the others. The Slack client also keeps Slack's one message per second per conversation.
    /// </summary>
    public Dictionary<string, int> SendPerSecond { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long after the resolution a person's "oui"/"non" still answers the outage's confirmation question.</summary>
    public TimeSpan ConfirmationWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The rate for a channel: its own, else <c>*</c>, else 20 per second.</summary>
    public int RateFor(string channel) =>
        SendPerSecond.TryGetValue(channel, out var rate) && rate > 0 ? rate
        : SendPerSecond.TryGetValue("*", out var any) && any > 0 ? any
        : 20;
}
