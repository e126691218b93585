using ServiceDesk.Core.Outages;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// Major incidents (<see cref="Outage"/>, numbered M1, M2…), the people of each one's list, and the outbox of what
/// each person is to be told. Every call joins the current <see cref="IUnitOfWork"/> transaction.
/// </summary>
public interface IOutageStore
{
    /// <summary>Gives the outage the next number and stores it, both in one transaction.</summary>
    Outage Open(Outage outage);

    /// <summary>Writes a changed outage whole; throws <see cref="InvalidOperationException"/> when it does not exist.</summary>
    void Save(Outage outage);

    Outage? Find(int number);

    /// <summary>The outages not resolved yet, by number.</summary>
    IReadOnlyList<Outage> Unresolved();

    /// <summary>Every outage, by number (there are a few a year).</summary>
    IReadOnlyList<Outage> All();

    /// <summary>
    /// The outages not resolved yet and those resolved at or after <paramref name="resolvedSince"/>, by number: what a
    /// person's message is checked against, on every turn (a store reads only those, not every outage ever opened).
    /// </summary>
    IReadOnlyList<Outage> Current(DateTimeOffset resolvedSince) =>
        [.. All().Where(o => o.Status != OutageStatus.Resolved || o.ResolvedAt >= resolvedSince)];

    /// <summary>Adds or replaces a person's line (key: outage and person).</summary>
    void SavePerson(OutagePerson person);

    OutagePerson? FindPerson(int outage, string personId);

    /// <summary>The outage's list, in the order people were added.</summary>
    IReadOnlyList<OutagePerson> People(int outage);

    /// <summary>Adds the notices to the outbox; a notice whose key is already there is left as it is (never queued twice).</summary>
    void Queue(IReadOnlyList<OutageNotice> notices);

    /// <summary>Up to <paramref name="max"/> notices for <paramref name="channel"/> not sent yet, oldest first.</summary>
    IReadOnlyList<OutageNotice> Unsent(string channel, int max);

    /// <summary>
    /// Marks a notice as being sent, before it is handed to the channel: a restart that finds it attempted but not sent
    /// cannot know whether it reached the person, and sends it again (a repeat is better than silence).
    /// </summary>
    void MarkAttempted(string noticeId, DateTimeOffset at);

    /// <summary>Marks a notice sent (its channel confirmed it left the bot).</summary>
    void MarkSent(string noticeId, DateTimeOffset at);

    /// <summary>The outage's notices, sent or not (for its report).</summary>
    IReadOnlyList<OutageNotice> Notices(int outage);
}
