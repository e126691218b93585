using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// The tickets the queues show, kept in memory and brought up to date from the store's change sequence
/// (<see cref="ITicketStore.ChangedSince"/>): a page or the live feed costs one indexed query for what changed, not a
/// read of every open ticket (10,000 of them took most of the page's time). Kept: every ticket not closed, and those
/// closed in the last <see cref="FinishedKept"/> (the "done this week" filter).
/// </summary>
/// <remarks>
/// The first refresh reads every ticket once (closed ones included, to know what was done this week); the server starts
/// it in the background as it starts (<see cref="Warm"/>). Each later one asks for what changed after the latest change
/// seen, and every <see cref="LookbackEvery"/> from <see cref="Lookback"/> changes before it: a store with several
/// writers (PostgreSQL) may make a change visible after a later one, and that window catches it. Every
/// <see cref="FullReload"/> the open tickets are read whole again all the same, in the background, so nothing missed
/// stays missed. Several instances of the bot each keep their own mirror of the one store.
/// </remarks>
internal sealed class TicketMirror(ITicketStore store, TimeProvider clock)
{
    public const long Lookback = 64;

    public static readonly TimeSpan FullReload = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan LookbackEvery = TimeSpan.FromSeconds(10);

    /// <summary>How long a closed ticket stays in memory: longer than a week, for "done this week".</summary>
    public static readonly TimeSpan FinishedKept = TimeSpan.FromDays(8);

    private readonly Lock _gate = new();
    private readonly Dictionary<int, (long Change, Ticket Ticket)> _kept = [];
    private readonly Dictionary<int, long> _ignored = [];
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _lookedBackAt = DateTimeOffset.MinValue;
    private bool _loaded;
    private bool _reloading;
    private long _seen;
    private long _version;
    private Ticket[] _snapshot = [];
    private bool _stale = true;

    /// <summary>
    /// The tickets kept (not closed, or closed lately) by number, up to date, and a version that changes whenever one of
    /// them did.
    /// </summary>
    public (long Version, IReadOnlyList<Ticket> Tickets) Refresh()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (!_loaded)
            {
                Load(now);
            }
            else
            {
                if ((now - _loadedAt >= FullReload || now < _loadedAt) && !_reloading)
                {
                    _reloading = true;
                    _loadedAt = now;
                    _ = Task.Run(Reload);
                }

                var back = now - _lookedBackAt >= LookbackEvery || now < _lookedBackAt;
                Apply(store.ChangedSince(Math.Max(0, back ? _seen - Lookback : _seen)), now);
                _lookedBackAt = back ? now : _lookedBackAt;
            }

            if (_stale)
            {
                _snapshot = [.. _kept.Values.Select(v => v.Ticket).OrderBy(t => t.Number)];
                _stale = false;
            }

            return (_version, _snapshot);
        }
    }

    /// <summary>Starts the first read in the background, so the first person to open the page does not wait for it.</summary>
    public Task Warm() => Task.Run(() =>
    {
        try
        {
            Refresh();
        }
#pragma warning disable CA1031 // The page's first request reads again and shows the store's failure there.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    });

    /// <summary>Every ticket once (closed ones for "done this week"), then what changed since.</summary>
    private void Load(DateTimeOffset now)
    {
        var last = store.LastChange();
        _kept.Clear();
        foreach (var ticket in store.All().Where(t => Keeps(t, now)))
        {
            _kept[ticket.Number] = (0, ticket);
        }

        _ignored.Clear();
        _seen = last;
        _loadedAt = now;
        _lookedBackAt = now;
        _loaded = true;
        _stale = true;
        _version++;
        Apply(store.ChangedSince(Math.Max(0, last - Lookback)), now);
    }

    /// <summary>
    /// The open tickets read whole again, outside the lock (pages go on meanwhile), then merged: what changed during the
    /// read is asked for again, so the newer state wins. Closed tickets kept came from changes and stay until old enough.
    /// </summary>
    private void Reload()
    {
        try
        {
            var last = store.LastChange();
            var open = store.OpenTickets();
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                var before = Fingerprint();
                foreach (var stale in _kept.Where(k => k.Value.Ticket.Status != TicketStatus.Closed).Select(k => k.Key).ToList())
                {
                    _kept.Remove(stale);
                }

                foreach (var ticket in open)
                {
                    _kept[ticket.Number] = (0, ticket);
                }

                _ignored.Clear();
                Apply(store.ChangedSince(Math.Max(0, Math.Min(last, _seen) - Lookback)), now);
                foreach (var old in _kept.Where(k => !Keeps(k.Value.Ticket, now)).Select(k => k.Key).ToList())
                {
                    _kept.Remove(old);
                }

                if (Fingerprint() != before)
                {
                    _version++;
                }

                _stale = true;
            }
        }
#pragma warning disable CA1031 // The next full reload tries again; meanwhile the changes keep the mirror current.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            lock (_gate)
            {
                _reloading = false;
            }
        }
    }

    private void Apply(IReadOnlyList<TicketChange> changes, DateTimeOffset now)
    {
        var changed = false;
        foreach (var (change, ticket) in changes)
        {
            _seen = Math.Max(_seen, change);
            var isKept = _kept.TryGetValue(ticket.Number, out var known);
            if ((isKept && known.Change == change) || (_ignored.TryGetValue(ticket.Number, out var ignored) && ignored == change))
            {
                continue;
            }

            if (isKept && known.Change == 0 && known.Ticket.UpdatedAt == ticket.UpdatedAt && known.Ticket.Status == ticket.Status)
            {
                // Read whole at the last load and not changed since: only its change value was unknown.
                _kept[ticket.Number] = (change, ticket);
                continue;
            }

            if (Keeps(ticket, now))
            {
                _kept[ticket.Number] = (change, ticket);
                _ignored.Remove(ticket.Number);
                changed = true;
            }
            else
            {
                changed |= _kept.Remove(ticket.Number);
                _ignored[ticket.Number] = change;
            }
        }

        // A change further back than the window is not asked about again.
        foreach (var old in _ignored.Where(c => c.Value <= _seen - Lookback).Select(c => c.Key).ToList())
        {
            _ignored.Remove(old);
        }

        if (changed)
        {
            _version++;
            _stale = true;
        }
    }

    private static bool Keeps(Ticket ticket, DateTimeOffset now) =>
        ticket.Status != TicketStatus.Closed || (ticket.ClosedAt ?? ticket.UpdatedAt) >= now - FinishedKept || ticket.ResolvedAt >= now - FinishedKept;

    private int Fingerprint()
    {
        var hash = new HashCode();
        foreach (var (number, (_, ticket)) in _kept.OrderBy(o => o.Key))
        {
            hash.Add(number);
            hash.Add(ticket.UpdatedAt.UtcTicks);
            hash.Add(ticket.Status);
        }

        return hash.ToHashCode();
    }
}
