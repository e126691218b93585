using ServiceDesk.Core.Outages;

namespace ServiceDesk.Core.Storage;

public sealed partial class TurnReadCache
{
    /// <summary>That no outage is current, as the commits left it, when this process owns the store (see <see cref="CommittedOutages"/>).</summary>
    private readonly CommittedOutages? _outages = ownsStore ? new() : null;

    /// <summary>
    /// The outages, with <see cref="IOutageStore.Current"/> answered from memory while none is current on a store this
    /// process owns: every turn asks (is the person writing about a major incident?), and on most days the answer is none.
    /// </summary>
    public IOutageStore Around(IOutageStore store) => _outages is null ? store : new OutageStore(store, this);

    private void ForgetOutages(bool wrote)
    {
        if (wrote)
        {
            _outages?.Forget();
        }
    }

    /// <summary>Outages: the current ones remembered as none (see <see cref="CommittedOutages"/>); everything else passed through.</summary>
    private sealed class OutageStore(IOutageStore inner, TurnReadCache cache) : DelegatingOutageStore(inner)
    {
        private CommittedOutages Committed => cache._outages!;

        public override Outage Open(Outage outage) => Written(() => Inner.Open(outage));

        public override void Save(Outage outage) => Written(() =>
        {
            Inner.Save(outage);
            return true;
        });

        public override IReadOnlyList<Outage> Current(DateTimeOffset resolvedSince)
        {
            var reads = cache.Current;
            if (reads is { WroteOutages: true })
            {
                return Inner.Current(resolvedSince);
            }

            if (Committed.NoneSince(resolvedSince))
            {
                return [];
            }

            var began = reads?.OutagesBegan ?? Committed.Writes;
            var current = Inner.Current(resolvedSince);
            if (current.Count == 0)
            {
                Committed.RememberNone(resolvedSince, began);
            }

            return current;
        }

        /// <summary>An outage written: in a transaction, what is remembered goes when it ends; alone, once the write ends.</summary>
        private T Written<T>(Func<T> write)
        {
            if (cache.Current is { } reads)
            {
                reads.WroteOutages = true;
                return write();
            }

            try
            {
                return write();
            }
            finally
            {
                Committed.Forget();
            }
        }
    }

    /// <summary>
    /// That no outage was current from some time on (none unresolved, none resolved since), read from the store when no
    /// outage write was under way; true for any later time until an outage is written (opened, changed, resolved), at the
    /// end of that write's transaction, committed or not. A read during which an outage write ended is not remembered
    /// (<see cref="Writes"/>): it may show the store as it was before.
    /// </summary>
    private sealed class CommittedOutages
    {
        private readonly Lock _gate = new();
        private long _writes;
        private DateTimeOffset? _noneSince;

        /// <summary>Outage writes ended so far.</summary>
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

        /// <summary>True when no outage is known to be current with <paramref name="resolvedSince"/>.</summary>
        public bool NoneSince(DateTimeOffset resolvedSince)
        {
            lock (_gate)
            {
                return _noneSince is { } since && resolvedSince >= since;
            }
        }

        public void RememberNone(DateTimeOffset resolvedSince, long began)
        {
            lock (_gate)
            {
                if (_writes == began && (_noneSince is not { } since || resolvedSince < since))
                {
                    _noneSince = resolvedSince;
                }
            }
        }

        public void Forget()
        {
            lock (_gate)
            {
                _writes++;
                _noneSince = null;
            }
        }
    }
}
