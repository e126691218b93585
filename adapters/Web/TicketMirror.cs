using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// The open tickets as the page shows them, kept in memory and brought up to date from the store's change sequence
/// (<see cref="ITicketStore.ChangedSince"/>): a page or the live feed costs one indexed query for what changed, not a
/// read of every open ticket (10,000 of them took most of the page's time).
/// </summary>
/// <remarks>
/// Each refresh asks again from <see cref="Lookback"/> changes before the latest one seen: a store with several writers
/// (PostgreSQL) may make a change visible after a later one, and that window catches it. Every
/// <see cref="FullReload"/> the open tickets are read whole again all the same, so nothing missed stays missed.
/// Several instances of the bot each keep their own mirror of the one store.
/// </remarks>
internal sealed class TicketMirror(ITicketStore store, TimeProvider clock)
{
    public const long Lookback = 64;

    public static readonly TimeSpan FullReload = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<int, (long Change, Ticket Ticket)> _open = [];
    private readonly Dictionary<int, long> _closed = [];
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;
    private long _seen;
    private long _version;
    private Ticket[] _snapshot = [];
    private bool _stale = true;

    /// <summary>The open tickets by number, up to date, and a version that changes whenever a ticket did.</summary>
    public (long Version, IReadOnlyList<Ticket> Open) Refresh()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now - _loadedAt >= FullReload || now < _loadedAt)
            {
                Load(now);
            }
            else
            {
                Apply(store.ChangedSince(Math.Max(0, _seen - Lookback)));
            }

            if (_stale)
            {
                _snapshot = [.. _open.Values.Select(v => v.Ticket).OrderBy(t => t.Number)];
                _stale = false;
            }

            return (_version, _snapshot);
        }
    }

    private void Load(DateTimeOffset now)
    {
        var before = Fingerprint();
        var last = store.LastChange();
        var open = store.OpenTickets();
        _open.Clear();
        _closed.Clear();
        foreach (var ticket in open)
        {
            _open[ticket.Number] = (0, ticket);
        }

        _seen = last;
        _loadedAt = now;
        _stale = true;
        Apply(store.ChangedSince(Math.Max(0, last - Lookback)));
        if (Fingerprint() != before)
        {
            _version++;
        }
    }

    private void Apply(IReadOnlyList<TicketChange> changes)
    {
        var changed = false;
        foreach (var (change, ticket) in changes)
        {
            _seen = Math.Max(_seen, change);
            if ((_open.TryGetValue(ticket.Number, out var known) && known.Change == change)
                || (_closed.TryGetValue(ticket.Number, out var closedAt) && closedAt == change))
            {
                continue;
            }

            if (known.Ticket is not null && known.Change == 0 && known.Ticket.UpdatedAt == ticket.UpdatedAt && known.Ticket.Status == ticket.Status)
            {
                // Read whole at the last load and not changed since: only its change value was unknown.
                _open[ticket.Number] = (change, ticket);
                continue;
            }

            changed = true;
            if (ticket.Status == TicketStatus.Closed)
            {
                _open.Remove(ticket.Number);
                _closed[ticket.Number] = change;
            }
            else
            {
                _open[ticket.Number] = (change, ticket);
                _closed.Remove(ticket.Number);
            }
        }

        // A closed ticket further back than the window is not asked about again.
        foreach (var old in _closed.Where(c => c.Value <= _seen - Lookback).Select(c => c.Key).ToList())
        {
            _closed.Remove(old);
        }

        if (changed)
        {
            _version++;
            _stale = true;
        }
    }

    private int Fingerprint()
    {
        var hash = new HashCode();
        foreach (var (number, (_, ticket)) in _open.OrderBy(o => o.Key))
        {
            hash.Add(number);
            hash.Add(ticket.UpdatedAt.UtcTicks);
            hash.Add(ticket.Status);
        }

        return hash.ToHashCode();
    }
}
