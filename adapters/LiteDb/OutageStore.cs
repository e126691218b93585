using LiteDB;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>Major incidents, the people of their lists and the outage outbox, in the desk's LiteDB file.</summary>
public sealed class OutageStore(ServiceDeskDatabase database) : IOutageStore
{
    internal const string OutagesName = "outages";
    internal const string PeopleName = "outage_people";
    internal const string NoticesName = "outage_notices";
    private const string CounterId = "outage";

    private static readonly PreparedQuery WithStatus = new($"$.{nameof(Outage.Status)} = @0");

    // LiteDB's mapper keeps a DateTimeOffset as its UTC instant.
    private static readonly PreparedQuery Unresolved_Or_ResolvedSince = new($"$.{nameof(Outage.Status)} != @0 OR $.{nameof(Outage.ResolvedAt)} >= @1");
    private static readonly PreparedQuery OfOutage = new($"$.{nameof(OutagePerson.Outage)} = @0");
    private static readonly PreparedQuery UnsentOn = new($"$.{nameof(OutageNotice.Channel)} = @0 AND $.{nameof(OutageNotice.SentAt)} = null");

    public Outage Open(Outage outage)
    {
        ArgumentNullException.ThrowIfNull(outage);
        return database.Write(() =>
        {
            database.ReadLatest("counters");
            var counter = database.Counters.ById(CounterId);
            var next = (counter?["value"].AsInt32 ?? 0) + 1;
            database.Counters.Upsert(new BsonDocument { ["_id"] = CounterId, ["value"] = next });
            var opened = outage with { Number = next };
            Outages.Insert(opened);
            return opened;
        });
    }

    public void Save(Outage outage)
    {
        ArgumentNullException.ThrowIfNull(outage);
        if (!database.Write(() => Outages.Update(outage)))
        {
            throw new InvalidOperationException($"Outage {outage.Name} does not exist.");
        }
    }

    public Outage? Find(int number) => database.Read(() => Outages.ById(number));

    public IReadOnlyList<Outage> Unresolved() =>
        database.Read(() => Outages.Find(WithStatus.Bind(nameof(OutageStatus.Open))).OrderBy(o => o.Number).ToList());

    public IReadOnlyList<Outage> All() => database.Read(() => Outages.FindAll().OrderBy(o => o.Number).ToList());

    public IReadOnlyList<Outage> Current(DateTimeOffset resolvedSince) =>
        database.Read(() => Outages.Find(Unresolved_Or_ResolvedSince.Bind(nameof(OutageStatus.Resolved), resolvedSince.UtcDateTime)).OrderBy(o => o.Number).ToList());

    public void SavePerson(OutagePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        database.Write(() => PeopleRows.Upsert(person));
    }

    public OutagePerson? FindPerson(int outage, string personId) => database.Read(() => PeopleRows.ById(OutagePerson.Key(outage, personId)));

    public IReadOnlyList<OutagePerson> People(int outage) =>
        database.Read(() => PeopleRows.Find(OfOutage.Bind(outage)).OrderBy(p => p.At).ThenBy(p => p.PersonId, StringComparer.Ordinal).ToList());

    public void Queue(IReadOnlyList<OutageNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        database.Write(() =>
        {
            // Read the outbox as last committed (see ReadLatest): a notice queued beside this transaction is not queued twice.
            database.ReadLatest(NoticesName);
            foreach (var notice in notices.Where(n => NoticeRows.ById(n.Id) is null))
            {
                NoticeRows.Insert(notice);
            }

            return true;
        });
    }

    public IReadOnlyList<OutageNotice> Unsent(string channel, int max) =>
        database.Read(() => NoticeRows.Find(UnsentOn.Bind(channel))
            .OrderBy(n => n.QueuedAt).ThenBy(n => n.Outage).ThenBy(n => n.Sequence).ThenBy(n => n.PersonId, StringComparer.Ordinal).Take(max).ToList());

    public void MarkAttempted(string noticeId, DateTimeOffset at) =>
        database.Write(() =>
        {
            database.ReadLatest(NoticesName);
            return NoticeRows.ById(noticeId) is { SentAt: null } notice && NoticeRows.Update(notice with { AttemptedAt = at });
        });

    public void MarkSent(string noticeId, DateTimeOffset at) =>
        database.Write(() =>
        {
            database.ReadLatest(NoticesName);
            return NoticeRows.ById(noticeId) is { SentAt: null } notice && NoticeRows.Update(notice with { SentAt = at });
        });

    public IReadOnlyList<OutageNotice> Notices(int outage) =>
        database.Read(() => NoticeRows.Find(OfOutage.Bind(outage)).ToList());

    private ILiteCollection<Outage> Outages => database.Collection<Outage>(OutagesName);

    private ILiteCollection<OutagePerson> PeopleRows => database.Collection<OutagePerson>(PeopleName);

    private ILiteCollection<OutageNotice> NoticeRows => database.Collection<OutageNotice>(NoticesName);
}
