namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// The last few thousand (sender, stanza id) pairs seen, across reconnections. XEP-0198 delivers at least
/// once: when a server goes down before acknowledging a message it did deliver, the sender writes it again
/// on its next session with the same id, and this drops the copy.
/// </summary>
/// <remarks>Thread-safe; oldest pairs are forgotten first.</remarks>
internal sealed class RecentMessageIds(int capacity)
{
    private readonly HashSet<(string From, string Id)> _seen = [];
    private readonly Queue<(string From, string Id)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True the first time a pair is seen; false for a repeat.</summary>
    public bool Add(string from, string id)
    {
        lock (_gate)
        {
            if (!_seen.Add((from, id)))
            {
                return false;
            }

            _order.Enqueue((from, id));
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
