namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>
/// Remembers the ids of recent deliveries (<c>envelope_id</c>, <c>event_id</c>, <c>client_msg_id</c>, channel and ts,
/// a click's <c>action_ts</c>) so that Slack's retries and duplicate deliveries reach the desk once. An id is
/// claimed on receipt, before the keep (a retry landing meanwhile is held back), and forgotten again when the keep
/// fails, so the redelivery is accepted. Ids live for the duplicate window (longer than Slack's 5-minute retry
/// schedule), and at most <c>capacity</c> of them.
/// </summary>
internal sealed class DeliveryDeduplicator(TimeProvider timeProvider, TimeSpan window, int capacity = 100_000)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, bool> kept = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> expiry = new();

    public DeliveryVerdict Claim(IReadOnlyList<string> keys)
    {
        lock (gate)
        {
            Expire();
            foreach (var key in keys)
            {
                if (kept.TryGetValue(key, out var done))
                {
                    return done ? DeliveryVerdict.AlreadyKept : DeliveryVerdict.BeingKept;
                }
            }

            var expires = timeProvider.GetUtcNow() + window;
            foreach (var key in keys)
            {
                kept[key] = false;
                expiry.Enqueue((key, expires));
            }

            return DeliveryVerdict.New;
        }
    }

    public void MarkKept(IReadOnlyList<string> keys)
    {
        lock (gate)
        {
            foreach (var key in keys.Where(kept.ContainsKey))
            {
                kept[key] = true;
            }
        }
    }

    public void Release(IReadOnlyList<string> keys)
    {
        lock (gate)
        {
            foreach (var key in keys)
            {
                kept.Remove(key);
            }
        }
    }

    private void Expire()
    {
        var now = timeProvider.GetUtcNow();
        while (expiry.TryPeek(out var oldest) && (oldest.Expires <= now || expiry.Count > capacity))
        {
            expiry.Dequeue();
            kept.Remove(oldest.Key);
        }
    }
}
