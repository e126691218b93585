namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Asynchronous locks by name ("person:xmpp:alice@example.org", "ticket:42"): a turn holds the keys of what it works on,
/// so turns on different people and tickets run side by side and turns on the same one queue, first come first served.
/// </summary>
/// <remarks>
/// Several keys are always taken in ordinal order, so two turns wanting overlapping sets never wait for each other in a
/// circle. <see cref="TryEnter"/> takes all the keys or none, without waiting: the desk's periodic work uses it to skip
/// whatever a conversation is busy with (it comes back to it at the next check) instead of making anyone wait. An entry
/// lives only while someone holds or waits for it, so the table does not grow with the number of people ever seen.
/// </remarks>
public sealed class KeyedLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Waits for every key (in ordinal order) and returns what releases them all.</summary>
    public async ValueTask<Held> EnterAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var ordered = Ordered(keys);
        var taken = new List<Entry>(ordered.Length);
        try
        {
            foreach (var key in ordered)
            {
                var entry = Reference(key);
                try
                {
                    await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    Dereference(entry);
                    throw;
                }

                taken.Add(entry);
            }
        }
        catch
        {
            Release(taken);
            throw;
        }

        return new Held(this, taken);
    }

    /// <summary>Every key at once without waiting, or null (and nothing held) when any of them is busy.</summary>
    public Held? TryEnter(IEnumerable<string> keys)
    {
        var taken = new List<Entry>();
        foreach (var key in Ordered(keys))
        {
            var entry = Reference(key);
            if (!entry.Gate.Wait(0))
            {
                Dereference(entry);
                Release(taken);
                return null;
            }

            taken.Add(entry);
        }

        return new Held(this, taken);
    }

    /// <summary>How many keys are held or waited for (tests check that the table empties).</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private static string[] Ordered(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ordered = keys.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(ordered, StringComparer.Ordinal);
        return ordered;
    }

    private Entry Reference(string key)
    {
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry(key);
                _entries[key] = entry;
            }

            entry.Users++;
            return entry;
        }
    }

    private void Dereference(Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(entry.Key);
                entry.Gate.Dispose();
            }
        }
    }

    private void Release(List<Entry> taken)
    {
        // Released in reverse order; a waiter woken here takes the entry before this turn lets go of its reference.
        for (var i = taken.Count - 1; i >= 0; i--)
        {
            taken[i].Gate.Release();
            Dereference(taken[i]);
        }
    }

    /// <summary>Keys held by one turn; disposing releases them (once).</summary>
    public sealed class Held : IDisposable
    {
        private readonly KeyedLocks _owner;
        private List<Entry>? _taken;

        internal Held(KeyedLocks owner, List<Entry> taken) => (_owner, _taken) = (owner, taken);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _taken, null) is { } taken)
            {
                _owner.Release(taken);
            }
        }
    }

    internal sealed class Entry(string key)
    {
        public string Key { get; } = key;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
