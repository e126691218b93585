using System.Collections.Concurrent;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// Remembers, for the length of one transaction, what the transaction read of the tickets, conversations and profiles,
/// so that the parts of one turn that each need the person's conversation, their open tickets or a ticket by number read
/// it from the store once. It wraps any store (<see cref="Around(IUnitOfWork)"/> and the other <c>Around</c> overloads):
/// the desk uses the wrapped ones, and nothing else changes.
/// </summary>
/// <remarks>
/// <para>
/// A turn used to read the person's conversation three times, their open tickets three times and each of their tickets
/// four or five times (the router, the relay, the dialogue, the announcer each asking), which the desk bench measured at
/// about a quarter of a message's CPU. What one transaction read is what the store would give again: the turn holds the
/// keys of the person and the tickets it works on (<c>KeyedLocks</c>), so nothing else changes them meanwhile, and a
/// store's transaction sees its own writes; those go through here and update what is remembered, so a read after a write
/// returns what was written. Tickets are written through at once (an opened ticket needs its number from the store, and
/// the store's other queries must see what the turn changed).
/// </para>
/// <para>
/// Conversations and profiles are written behind: a save inside a transaction is remembered (a read returns it) and kept,
/// the last value of each record, and written once just before the transaction commits, in it, in the order of the first
/// saves; a transaction that fails writes none of them. Why: the store has one writer, held from a transaction's first
/// write to the end of its commit, and a turn used to take it at the profile's save in the middle of the dialogue, then
/// hold it through the rest of the turn's work while other turns waited (the desk bench prints the writer's holds). The
/// records are read only through here (by key) inside a turn, so nothing reads around what is kept.
/// </para>
/// <para>
/// Only inside a transaction begun through the wrapped unit of work: a read outside one goes to the store every time
/// (a check before a turn, the web page). What is remembered is dropped when the transaction ends, committed or not,
/// and a retried turn starts afresh. The records are immutable, so handing the same value out twice is safe. The work of
/// a transaction runs on its thread (<see cref="IUnitOfWork"/>), which is where the remembered reads live.
/// </para>
/// <para>
/// One thing outlives a transaction: where each person's conversation stood after the last commit that wrote it (or the
/// last read of it outside a transaction), for <see cref="IConversationStore.StateOf"/>, which the worker asks before
/// every turn (wait a moment for more lines, or answer now?). It used to read and map the whole record each time, the
/// second read of every message. A state this process did not write may be older than the store's (another instance on
/// a shared store), so it is trusted for <see cref="StateLifetime"/> only; what a wrong one costs is that pause, nothing
/// the turn itself reads.
/// </para>
/// <para>
/// A store this process owns (<c>ownsStore</c>: LiteDB's file, which one process opens) is written only through here,
/// so the conversations and profiles its transactions commit are remembered beyond them, whole, and later reads of
/// them (in a turn or not) are answered from memory: every turn saves the person's conversation, and a turn read it and
/// their profile from the store again, a fifth of a message's reads at 200 people. Only what a commit published is
/// remembered, never what a read found (a transaction's read may show the store as it was when the transaction began);
/// a transaction that fails forgets what it saved, since the store may have kept it all the same (a lost reply to a
/// commit); two transactions publishing the same record at once leave it forgotten (which committed last is not known
/// here); a key differing only by case is a different one here (read from the store).
/// </para>
/// <para>
/// On such a store, two answers every turn asks for are remembered too, differently since they are lists found by a
/// query, not records by key: each requester's open tickets, and that no outage is current. Each is read from the store
/// and remembered only when no write of a ticket (an outage) ended while the read ran; a requester's list is forgotten
/// when a transaction that wrote one of their tickets ends, committed or not, and "none current" when one that wrote an
/// outage does (<c>CommittedOpenTickets</c>, <c>CommittedOutages</c>). They were the two store queries left in a turn
/// that only reads: 0.14 and 0.06–0.08 ms of a message at 200 people.
/// </para>
/// </remarks>
public sealed partial class TurnReadCache(TimeProvider? clock = null, bool ownsStore = false) : IDisposable
{
    /// <summary>How long a remembered conversation state answers <see cref="IConversationStore.StateOf"/> before the store is read again.</summary>
    public static readonly TimeSpan StateLifetime = TimeSpan.FromSeconds(30);

    /// <summary>At most this many states are remembered; beyond, they are all forgotten and read again as needed.</summary>
    private const int MaxStates = 100_000;

    private readonly ThreadLocal<Reads?> _current = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, KnownState> _states = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Commits that published states: a read that saw one happen meanwhile does not overwrite what it published.</summary>
    private long _publications;

    private readonly record struct KnownState(ConversationState State, long At);

    /// <summary>The conversations and profiles committed through here, when this process owns the store (see the remarks).</summary>
    private readonly CommittedRecords<ConversationRecord>? _conversations = ownsStore ? new() : null;

    private readonly CommittedRecords<RequesterProfile>? _profiles = ownsStore ? new() : null;

    /// <summary>Each requester's open tickets as the commits left them, when this process owns the store (see <see cref="CommittedOpenTickets"/>).</summary>
    private readonly CommittedOpenTickets? _openTickets = ownsStore ? new() : null;

    /// <summary>The unit of work whose transactions remember their reads.</summary>
    public IUnitOfWork Around(IUnitOfWork store) => new UnitOfWork(store, this);

    /// <summary>The tickets, their reads by number and by requester remembered within a transaction.</summary>
    public ITicketStore Around(ITicketStore store) => new TicketStore(store, this);

    /// <summary>The conversations, read once per transaction.</summary>
    public IConversationStore Around(IConversationStore store) => new ConversationStore(store, this);

    /// <summary>The requester profiles, read once per transaction.</summary>
    public IProfileStore Around(IProfileStore store) => new ProfileStore(store, this);

    public void Dispose() => _current.Dispose();

    private Reads? Current => _current.Value;

    private void Remember(string id, ConversationState state)
    {
        if (_states.Count >= MaxStates)
        {
            _states.Clear();
        }

        _states[id] = new KnownState(state, _clock.GetTimestamp());
    }

    /// <summary>What a transaction wrote is committed: its records are now the store's (<paramref name="attempt"/>: the run the store kept).</summary>
    private void Published<T>(Attempt<T> attempt)
    {
        var reads = attempt.Last!;
        _conversations?.Published(reads.SavedConversations.Values, attempt.Saved.Conversations, attempt.Began.Conversations);
        _profiles?.Published(reads.SavedProfiles.Values, attempt.Saved.Profiles, attempt.Began.Profiles);
        Published(reads.SavedConversations.Values);
        ForgetOpenTickets(attempt.TicketsOf);
        ForgetOutages(attempt.WroteOutages);
    }

    /// <summary>A transaction failed: what it saved may or may not be in the store, so none of it is remembered.</summary>
    private void Failed<T>(Attempt<T> attempt)
    {
        _conversations?.Forget(attempt.Saved.Conversations);
        _profiles?.Forget(attempt.Saved.Profiles);
        ForgetOpenTickets(attempt.TicketsOf);
        ForgetOutages(attempt.WroteOutages);
    }

    /// <summary>Tickets of these requesters were written (all requesters' when null), committed or not: their remembered lists go.</summary>
    private void ForgetOpenTickets(TicketsWritten written)
    {
        if (written.Many)
        {
            _openTickets?.Forget(null);
        }
        else if (written.Requesters.Count > 0)
        {
            _openTickets?.Forget(written.Requesters);
        }
    }

    /// <summary>Conversations written and committed (by a transaction, or a save outside one): their states are now the store's.</summary>
    private void Published(IReadOnlyCollection<ConversationRecord> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        Interlocked.Increment(ref _publications);
        foreach (var record in records)
        {
            Remember(record.Id, record.State);
        }
    }

    private ConversationState StateOf(string id, IConversationStore inner)
    {
        if (_conversations is not null && _conversations.TryFind(id, out var committed))
        {
            return committed.State;
        }

        if (_states.TryGetValue(id, out var known) && _clock.GetElapsedTime(known.At) < StateLifetime)
        {
            return known.State;
        }

        var before = Interlocked.Read(ref _publications);
        var state = inner.Find(id)?.State ?? ConversationState.Idle;
        if (Interlocked.Read(ref _publications) == before)
        {
            Remember(id, state);
        }

        return state;
    }

    /// <summary>What one transaction read so far.</summary>
    private sealed class Reads(long openTicketsBegan, long outagesBegan)
    {
        public Dictionary<int, Ticket?> Tickets { get; } = [];

        /// <summary>Outage writes ended when the transaction began (<see cref="CommittedOutages.Writes"/>).</summary>
        public long OutagesBegan { get; } = outagesBegan;

        /// <summary>This run wrote an outage: its reads of the current ones go to the store, which has its writes.</summary>
        public bool WroteOutages { get; set; }

        /// <summary>Ticket writes ended when the transaction began (<see cref="CommittedOpenTickets.Writes"/>).</summary>
        public long OpenTicketsBegan { get; } = openTicketsBegan;

        /// <summary>The requesters whose tickets this run wrote (every requester's: <see cref="TicketsWritten.Many"/>).</summary>
        public TicketsWritten TicketsOf { get; } = new();

        public Dictionary<string, IReadOnlyList<Ticket>> OpenOf { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, ConversationRecord?> Conversations { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, RequesterProfile?> Profiles { get; } = new(StringComparer.Ordinal);

        /// <summary>Each conversation saved in the transaction, its last save, published once it commits.</summary>
        public Dictionary<string, ConversationRecord> SavedConversations { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Each profile saved in the transaction, its last save, published once it commits.</summary>
        public Dictionary<string, RequesterProfile> SavedProfiles { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Every key saved in the transaction, as given (what a failure must forget).</summary>
        public HashSet<string> SavedConversationIds { get; } = new(StringComparer.Ordinal);

        /// <summary>Every profile key saved in the transaction, as given.</summary>
        public HashSet<string> SavedProfileIds { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// The conversations and profiles saved in the transaction and not written yet, in the order of their first save,
        /// the last value of each (<see cref="Keep"/>); written by <see cref="WritePending"/> before the commit.
        /// </summary>
        private readonly List<Pending> _pending = [];

        /// <summary>
        /// Keeps a save of <paramref name="id"/> to write before the commit: a later save of the same record replaces it
        /// (the store keeps only the last value anyway). A pending save of a key equal but for case is written first, so
        /// that a store that compares keys without case ends with what the saves in order would have left.
        /// </summary>
        public void Keep(object store, string id, Action write)
        {
            for (var i = 0; i < _pending.Count; i++)
            {
                var pending = _pending[i];
                if (!ReferenceEquals(pending.Store, store) || !string.Equals(pending.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (string.Equals(pending.Id, id, StringComparison.Ordinal))
                {
                    _pending[i] = pending with { Write = write };
                    return;
                }

                WritePending(upTo: i + 1);
                break;
            }

            _pending.Add(new Pending(store, id, write));
        }

        /// <summary>Writes the kept saves in order (the first <paramref name="upTo"/> of them, or all), each once.</summary>
        public void WritePending(int? upTo = null)
        {
            var count = upTo ?? _pending.Count;
            for (var i = 0; i < count; i++)
            {
                _pending[i].Write();
            }

            _pending.RemoveRange(0, count);
        }

        private sealed record Pending(object Store, string Id, Action Write);

        /// <summary>
        /// A ticket the transaction wrote: remembered as written, and each remembered list of open tickets made to say what
        /// the store would now (a list is replaced, never changed, since a caller may be going through it).
        /// </summary>
        public void Wrote(Ticket ticket)
        {
            TicketsOf.Requesters.Add(ticket.RequesterId);
            Tickets[ticket.Number] = ticket;
            foreach (var (requester, open) in OpenOf.ToList())
            {
                var his = string.Equals(requester, ticket.RequesterId, StringComparison.Ordinal);
                if (!his && string.Equals(requester, ticket.RequesterId, StringComparison.OrdinalIgnoreCase))
                {
                    // A store that compares addresses without case would list it there too: read that list again.
                    OpenOf.Remove(requester);
                    continue;
                }

                var at = IndexOf(open, ticket.Number);
                if (his && ticket.IsOpen)
                {
                    OpenOf[requester] = at >= 0
                        ? [.. open.Select(t => t.Number == ticket.Number ? ticket : t)]
                        : [.. open.Append(ticket).OrderBy(t => t.Number)];
                }
                else if (at >= 0)
                {
                    OpenOf[requester] = [.. open.Where(t => t.Number != ticket.Number)];
                }
            }
        }

        /// <summary>Many tickets written at once (an import): every ticket read is read again.</summary>
        public void WroteMany()
        {
            TicketsOf.Many = true;
            Tickets.Clear();
            OpenOf.Clear();
        }

        /// <summary>A record keyed by a string, read from the store outside a transaction, and once per transaction inside one.</summary>
        public static T? Once<T>(Reads? reads, Func<Reads, Dictionary<string, T?>> remembered, string id, Func<string, T?> read)
            where T : class
        {
            if (reads is null)
            {
                return read(id);
            }

            var known = remembered(reads);
            if (!known.TryGetValue(id, out var record))
            {
                record = read(id);
                known[id] = record;
            }

            return record;
        }

        /// <summary>A record keyed by a string was written in the transaction (if any): remembered as written (keys differing only by case forgotten).</summary>
        public static void Wrote<T>(Reads? reads, Func<Reads, Dictionary<string, T?>> remembered, string id, T record)
            where T : class
        {
            if (reads is not null)
            {
                Wrote(remembered(reads), id, record);
            }
        }

        private static void Wrote<T>(Dictionary<string, T?> remembered, string id, T record)
            where T : class
        {
            foreach (var key in remembered.Keys.Where(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                remembered.Remove(key);
            }

            remembered[id] = record;
        }

        private static int IndexOf(IReadOnlyList<Ticket> tickets, int number)
        {
            for (var i = 0; i < tickets.Count; i++)
            {
                if (tickets[i].Number == number)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>Begins remembering at the outermost transaction, inside it, so each attempt a store makes starts empty.</summary>
    private sealed class UnitOfWork(IUnitOfWork inner, TurnReadCache cache) : IUnitOfWork
    {
        public T InOneTransaction<T>(Func<T> work)
        {
            ArgumentNullException.ThrowIfNull(work);
            return cache.Current is not null ? inner.InOneTransaction(work) : Outermost<T, T>(work, inner.InOneTransaction, static _ => null);
        }

        public Committed<T> InOneTransactionCommitted<T>(Func<T> work)
        {
            ArgumentNullException.ThrowIfNull(work);
            return cache.Current is not null
                ? inner.InOneTransactionCommitted(work)
                : Outermost<T, Committed<T>>(work, inner.InOneTransactionCommitted, static committed => () => committed.DurableAsync(TimeSpan.Zero));
        }

        /// <summary>
        /// Runs the work as an attempt in the store's <paramref name="transaction"/>; once committed, the attempt that ran
        /// last (the one the store kept) publishes what it saved; if it failed, what any attempt saved is made unknown.
        /// A rider boarded on the flow (<see cref="TransactionRider"/>) writes in each attempt, after the work, and is told
        /// the outcome (<paramref name="durable"/>: what says when the commit is on disk).
        /// </summary>
        private TResult Outermost<T, TResult>(Func<T> work, Func<Func<T>, TResult> transaction, Func<TResult, Func<ValueTask>?> durable)
        {
            var rider = TransactionRider.Take();
            var attempt = new Attempt<T>(cache, work, rider);
            TResult done;
            try
            {
                done = transaction(attempt.Run);
            }
            catch
            {
                cache.Failed(attempt);
                rider?.Failed();
                throw;
            }

            cache.Published(attempt);
            rider?.Committed(durable(done));
            return done;
        }

        public void InOneTransaction(Action work)
        {
            ArgumentNullException.ThrowIfNull(work);
            InOneTransaction(() =>
            {
                work();
                return true;
            });
        }
    }

    /// <summary>
    /// One run of the work inside the store's transaction (a store may run it again): remembers its reads, writes what
    /// it left pending before the commit, and keeps the run's reads for what to publish once committed.
    /// </summary>
    private sealed class Attempt<T>(TurnReadCache cache, Func<T> work, TransactionRider? rider)
    {
        public Reads? Last { get; private set; }

        /// <summary>Where the committed records' publications stood when the transaction began (<see cref="CommittedRecords{T}"/>).</summary>
        public (long Conversations, long Profiles) Began { get; } = (cache._conversations?.Sequence ?? 0, cache._profiles?.Sequence ?? 0);

        /// <summary>The keys saved by every run so far, the store's retries included: what a failure must forget.</summary>
        public (HashSet<string> Conversations, HashSet<string> Profiles) Saved { get; } =
            (new(StringComparer.Ordinal), new(StringComparer.Ordinal));

        /// <summary>The requesters whose tickets any run wrote: whose remembered open tickets go, committed or not.</summary>
        public TicketsWritten TicketsOf { get; } = new();

        /// <summary>Any run wrote an outage: what is remembered of the current ones goes, committed or not.</summary>
        public bool WroteOutages { get; private set; }

        public T Run()
        {
            var reads = new Reads(cache._openTickets?.Writes ?? 0, cache._outages?.Writes ?? 0);
            Last = reads;
            cache._current.Value = reads;
            try
            {
                var result = work();

                // In the store's transaction still: written with the rest, or, if this fails, nothing is kept. The rider
                // last, as the pending saves: a write takes the store's one writer until the commit.
                rider?.Ride();
                reads.WritePending();
                return result;
            }
            finally
            {
                cache._current.Value = null;
                Saved.Conversations.UnionWith(reads.SavedConversationIds);
                Saved.Profiles.UnionWith(reads.SavedProfileIds);
                TicketsOf.Add(reads.TicketsOf);
                WroteOutages |= reads.WroteOutages;
            }
        }
    }

    private sealed class TicketStore(ITicketStore inner, TurnReadCache cache) : DelegatingTicketStore(inner)
    {
        public override Ticket Open(Ticket draft)
        {
            ArgumentNullException.ThrowIfNull(draft);
            if (cache.Current is not { } reads)
            {
                return Alone(draft.RequesterId, () => Inner.Open(draft));
            }

            reads.TicketsOf.Requesters.Add(draft.RequesterId);
            var ticket = Inner.Open(draft);
            reads.Wrote(ticket);
            return ticket;
        }

        public override int Import(IEnumerable<Ticket> tickets)
        {
            if (cache.Current is not { } reads)
            {
                return Alone(null, () => Inner.Import(tickets));
            }

            reads.WroteMany();
            return Inner.Import(tickets);
        }

        public override void Save(Ticket ticket)
        {
            ArgumentNullException.ThrowIfNull(ticket);
            if (cache.Current is not { } reads)
            {
                Alone(ticket.RequesterId, () =>
                {
                    Inner.Save(ticket);
                    return true;
                });
                return;
            }

            reads.TicketsOf.Requesters.Add(ticket.RequesterId);
            Inner.Save(ticket);
            reads.Wrote(ticket);
        }

        /// <summary>A ticket write outside any transaction (its own): the requester's remembered open tickets go, whatever its outcome.</summary>
        private TResult Alone<TResult>(string? requesterId, Func<TResult> write)
        {
            try
            {
                return write();
            }
            finally
            {
                cache._openTickets?.Forget(requesterId is null ? null : [requesterId]);
            }
        }

        public override Ticket? Find(TicketNumber number)
        {
            if (cache.Current is not { } reads)
            {
                return Inner.Find(number);
            }

            if (!reads.Tickets.TryGetValue(number.Value, out var ticket))
            {
                ticket = Inner.Find(number);
                reads.Tickets[number.Value] = ticket;
            }

            return ticket;
        }

        public override IReadOnlyList<Ticket> OpenTicketsOf(string requesterId)
        {
            if (cache.Current is not { } reads)
            {
                return Committed(requesterId, cache._openTickets?.Writes ?? 0);
            }

            if (!reads.OpenOf.TryGetValue(requesterId, out var open))
            {
                // What the commits left serves a transaction that wrote no ticket yet; one that did reads its own writes.
                open = reads.TicketsOf.Any ? Inner.OpenTicketsOf(requesterId) : Committed(requesterId, reads.OpenTicketsBegan);
                reads.OpenOf[requesterId] = open;
                foreach (var ticket in open)
                {
                    reads.Tickets[ticket.Number] = ticket;
                }
            }

            return open;
        }

        /// <summary>
        /// The requester's open tickets as the commits left them: remembered, or read and remembered unless a ticket write
        /// ended since <paramref name="began"/> (the read may show the store as it was before that write).
        /// </summary>
        private IReadOnlyList<Ticket> Committed(string requesterId, long began)
        {
            if (cache._openTickets is not { } committed)
            {
                return Inner.OpenTicketsOf(requesterId);
            }

            if (committed.TryFind(requesterId, out var open))
            {
                return open;
            }

            open = Inner.OpenTicketsOf(requesterId);
            committed.Remember(requesterId, open, began);
            return open;
        }
    }

    /// <summary>The requesters whose tickets a transaction wrote.</summary>
    private sealed class TicketsWritten
    {
        public HashSet<string> Requesters { get; } = new(StringComparer.Ordinal);

        /// <summary>Tickets written at once without their requesters known here (an import): every list goes.</summary>
        public bool Many { get; set; }

        public bool Any => Many || Requesters.Count > 0;

        public void Add(TicketsWritten other)
        {
            Requesters.UnionWith(other.Requesters);
            Many |= other.Many;
        }
    }

    /// <summary>
    /// Each requester's open tickets, as read from the store when no ticket write was under way, when this process owns
    /// the store (every ticket write goes through here). Forgotten when a ticket of the requester is written, at the
    /// end of that write's transaction, committed or not (all of them for an import); a list read while a write ended is
    /// not remembered (<see cref="Writes"/>). Kept by requester without case, with the key as asked: a read by another
    /// spelling is not answered here, a write by any spelling forgets it.
    /// </summary>
    private sealed class CommittedOpenTickets
    {
        private const int Max = 50_000;

        private readonly Lock _gate = new();
        private readonly Dictionary<string, (string Id, IReadOnlyList<Ticket> Open)> _lists = new(StringComparer.OrdinalIgnoreCase);
        private long _writes;

        /// <summary>Ticket writes ended so far: a read that began before one may be older than it.</summary>
        public long Writes
        {
            get
            {
                lock (_gate)
                {
                    return _writes;
                }
            }
        }

        public bool TryFind(string requesterId, out IReadOnlyList<Ticket> open)
        {
            lock (_gate)
            {
                if (_lists.TryGetValue(requesterId, out var known) && string.Equals(known.Id, requesterId, StringComparison.Ordinal))
                {
                    open = known.Open;
                    return true;
                }
            }

            open = [];
            return false;
        }

        /// <summary>Remembers a list read from the store, unless a ticket write ended since <paramref name="began"/>.</summary>
        public void Remember(string requesterId, IReadOnlyList<Ticket> open, long began)
        {
            lock (_gate)
            {
                if (_writes != began)
                {
                    return;
                }

                if (_lists.Count >= Max)
                {
                    _lists.Clear();
                }

                _lists[requesterId] = (requesterId, open);
            }
        }

        /// <summary>A ticket write ended (committed or not): these requesters' lists go, every list when null.</summary>
        public void Forget(IReadOnlyCollection<string>? requesterIds)
        {
            lock (_gate)
            {
                _writes++;
                if (requesterIds is null)
                {
                    _lists.Clear();
                    return;
                }

                foreach (var id in requesterIds)
                {
                    _lists.Remove(id);
                }
            }
        }
    }

    /// <summary>Conversations: read once per transaction, saved once, last, just before the commit (see the remarks above).</summary>
    private sealed class ConversationStore(IConversationStore inner, TurnReadCache cache) : IConversationStore
    {
        public ConversationRecord? Find(string id) => Reads.Once(cache.Current, r => r.Conversations, id, Read);

        private ConversationRecord? Read(string id) =>
            cache._conversations is { } committed && committed.TryFind(id, out var record) ? record : inner.Find(id);

        public ConversationState StateOf(string id) =>
            cache.Current is null ? cache.StateOf(id, inner) : Find(id)?.State ?? ConversationState.Idle;

        public void Save(ConversationRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            if (cache.Current is not { } reads)
            {
                CommittedRecords<ConversationRecord>.SaveAlone(cache._conversations, record, record.Id, inner.Save);
                cache.Published([record]);
                return;
            }

            reads.Keep(inner, record.Id, () => inner.Save(record));
            Reads.Wrote(reads, r => r.Conversations, record.Id, record);
            reads.SavedConversations[record.Id] = record;
            reads.SavedConversationIds.Add(record.Id);
        }
    }

    /// <summary>Requester profiles: read once per transaction, saved once, last, just before the commit.</summary>
    private sealed class ProfileStore(IProfileStore inner, TurnReadCache cache) : IProfileStore
    {
        public RequesterProfile? Find(string requesterId) => Reads.Once(cache.Current, r => r.Profiles, requesterId, Read);

        private RequesterProfile? Read(string id) =>
            cache._profiles is { } committed && committed.TryFind(id, out var profile) ? profile : inner.Find(id);

        public void Save(RequesterProfile profile)
        {
            ArgumentNullException.ThrowIfNull(profile);
            if (cache.Current is not { } reads)
            {
                CommittedRecords<RequesterProfile>.SaveAlone(cache._profiles, profile, profile.Id, inner.Save);
                return;
            }

            reads.Keep(inner, profile.Id, () => inner.Save(profile));
            Reads.Wrote(reads, r => r.Profiles, profile.Id, profile);
            reads.SavedProfiles[profile.Id] = profile;
            reads.SavedProfileIds.Add(profile.Id);
        }
    }

    /// <summary>
    /// Records committed through the cache, by key, when this process owns the store: the last one each transaction
    /// published. A key two transactions published at once, or that a failed transaction saved, is marked unknown (read
    /// from the store) until a transaction that began after that publishes it again. Kept by key without case, with the
    /// key as written: a read by another spelling is not answered (the store decides what it finds), and a save by one
    /// spelling replaces what another left.
    /// </summary>
    private sealed class CommittedRecords<T>
        where T : class
    {
        /// <summary>At most this many are remembered; beyond, they are all forgotten and read from the store again as needed.</summary>
        private const int Max = 50_000;

        private readonly Lock _gate = new();

        /// <summary>By key: the record (null: unknown, read the store) and the publication that left it.</summary>
        private readonly Dictionary<string, (string Id, T? Record, long Published)> _records = new(StringComparer.OrdinalIgnoreCase);

        private long _sequence;

        /// <summary>Publications so far: a transaction notes it when it begins.</summary>
        public long Sequence
        {
            get
            {
                lock (_gate)
                {
                    return _sequence;
                }
            }
        }

        public bool TryFind(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T record)
        {
            lock (_gate)
            {
                if (_records.TryGetValue(id, out var known) && known.Record is not null && string.Equals(known.Id, id, StringComparison.Ordinal))
                {
                    record = known.Record;
                    return true;
                }
            }

            record = null;
            return false;
        }

        /// <summary>
        /// A transaction that began at <paramref name="began"/> committed <paramref name="records"/> (the last value of each
        /// key it saved) and saved the keys <paramref name="saved"/> in all, its earlier runs included (those it did not save
        /// in the end become unknown). A key published or forgotten since <paramref name="began"/> becomes unknown: another
        /// transaction wrote it too, and which one the store kept last is not known here.
        /// </summary>
        public void Published(IEnumerable<T> records, IReadOnlyCollection<string> saved, long began)
        {
            lock (_gate)
            {
                var sequence = ++_sequence;
                if (_records.Count >= Max)
                {
                    _records.Clear();
                }

                var unknown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var id in saved)
                {
                    unknown.Add(id);
                    if (!_records.TryGetValue(id, out var known) || known.Published <= began)
                    {
                        unknown.Remove(id);
                    }
                }

                var published = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var record in records)
                {
                    var id = IdOf(record);
                    published.Add(id);
                    _records[id] = (id, unknown.Contains(id) ? null : record, sequence);
                }

                foreach (var id in saved.Where(id => !published.Contains(id)))
                {
                    _records[id] = (id, null, sequence);
                }
            }
        }

        /// <summary>
        /// A save outside any transaction (its own): published once the store has it, unknown if it failed;
        /// <paramref name="committed"/> null (a store not owned) only saves.
        /// </summary>
        public static void SaveAlone(CommittedRecords<T>? committed, T record, string id, Action<T> save)
        {
            var began = committed?.Sequence ?? 0;
            try
            {
                save(record);
            }
            catch
            {
                committed?.Forget([id]);
                throw;
            }

            committed?.Published([record], [id], began);
        }

        /// <summary>A failed transaction saved these: the store may hold them or not, so they are unknown until saved again.</summary>
        public void Forget(IEnumerable<string> ids)
        {
            lock (_gate)
            {
                var sequence = ++_sequence;
                foreach (var id in ids)
                {
                    _records[id] = (id, null, sequence);
                }
            }
        }

        private static string IdOf(T record) => record switch
        {
            ConversationRecord conversation => conversation.Id,
            RequesterProfile profile => profile.Id,
            _ => throw new ArgumentException($"No key known for {typeof(T).Name}.", nameof(record)),
        };
    }
}
