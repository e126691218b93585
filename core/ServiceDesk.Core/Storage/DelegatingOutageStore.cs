using ServiceDesk.Core.Outages;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// An outage store that hands every call to another one: the base of a store that changes a few calls (remembers
/// reads, counts them) and passes the rest through, as <see cref="DelegatingTicketStore"/> does for tickets.
/// </summary>
/// <param name="inner">The store every call not overridden goes to.</param>
public abstract class DelegatingOutageStore(IOutageStore inner) : IOutageStore
{
    /// <summary>The store every call goes to.</summary>
    protected IOutageStore Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    public virtual Outage Open(Outage outage) => Inner.Open(outage);

    public virtual void Save(Outage outage) => Inner.Save(outage);

    public virtual Outage? Find(int number) => Inner.Find(number);

    public virtual IReadOnlyList<Outage> Unresolved() => Inner.Unresolved();

    public virtual IReadOnlyList<Outage> All() => Inner.All();

    public virtual IReadOnlyList<Outage> Current(DateTimeOffset resolvedSince) => Inner.Current(resolvedSince);

    public virtual void SavePerson(OutagePerson person) => Inner.SavePerson(person);

    public virtual OutagePerson? FindPerson(int outage, string personId) => Inner.FindPerson(outage, personId);

    public virtual IReadOnlyList<OutagePerson> People(int outage) => Inner.People(outage);

    public virtual void Queue(IReadOnlyList<OutageNotice> notices) => Inner.Queue(notices);

    public virtual IReadOnlyList<OutageNotice> Unsent(string channel, int max) => Inner.Unsent(channel, max);

    public virtual void MarkAttempted(string noticeId, DateTimeOffset at) => Inner.MarkAttempted(noticeId, at);

    public virtual void MarkSent(string noticeId, DateTimeOffset at) => Inner.MarkSent(noticeId, at);

    public virtual IReadOnlyList<OutageNotice> Notices(int outage) => Inner.Notices(outage);
}
