namespace ServiceDesk.Core.Outages;

/// <summary>
/// One row of the outage outbox: what one person is to be told of one update (or the resolution) of one outage. Rows
/// are written in the same transaction as the update, and marked sent once their channel confirms the message left
/// the bot; the channel's periodic work sends what is not marked, so a restart in the middle of a broadcast sends the
/// rest, and the row's key (outage, update, person) keeps anyone from being queued twice.
/// </summary>
public sealed record OutageNotice
{
    public string Id => Key(Outage, Sequence, PersonId);

    public int Outage { get; init; }

    /// <summary>The update's <see cref="OutageUpdate.Sequence"/>.</summary>
    public int Sequence { get; init; }

    public string PersonId { get; init; } = "";

    public string Channel { get; init; } = "";

    public string Address { get; init; } = "";

    public string Text { get; init; } = "";

    public IReadOnlyList<string> Choices { get; init; } = [];

    public DateTimeOffset QueuedAt { get; init; }

    /// <summary>When it was last handed to its channel (see <see cref="Storage.IOutageStore.MarkAttempted"/>).</summary>
    public DateTimeOffset? AttemptedAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public static string Key(int outage, int sequence, string personId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{outage}|{sequence}|{personId}");
}
