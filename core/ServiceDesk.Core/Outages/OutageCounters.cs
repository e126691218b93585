using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.Outages;

/// <summary>An outage's figures: people in its list (told, subscribed, who said it was something else), notices sent.</summary>
public sealed record OutageCounters(int People, int Subscribed, int Declined, int Tickets, int Answers, int NoticesSent, int NoticesWaiting)
{
    public static OutageCounters Of(Outage outage, IOutageStore store)
    {
        ArgumentNullException.ThrowIfNull(outage);
        ArgumentNullException.ThrowIfNull(store);
        var people = store.People(outage.Number);
        var notices = store.Notices(outage.Number);
        return new OutageCounters(
            people.Count(p => p.IsTold),
            people.Count(p => p.Subscribed),
            people.Count(p => p.State == OutagePersonState.Declined),
            outage.Tickets.Count,
            // Everyone in the list who wrote (not only linked by a ticket) got the known-outage answer once.
            people.Count(p => p.Ticket is null),
            notices.Count(n => n.SentAt is not null),
            notices.Count(n => n.SentAt is null));
    }

    /// <summary>All messages the outage sent to requesters: known-outage answers and notices.</summary>
    public int MessagesSent => Answers + NoticesSent;

    /// <summary>The counters for the technicians' room (French, the room's language).</summary>
    public string RoomLine() =>
        $"{People} personne(s) concernée(s) (dont {Subscribed} abonnée(s)), {Tickets} ticket(s) lié(s), {MessagesSent} message(s) envoyé(s)"
        + (NoticesWaiting > 0 ? $", {NoticesWaiting} en cours d'envoi" : "");
}
