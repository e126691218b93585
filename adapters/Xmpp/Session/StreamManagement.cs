namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// XEP-0198 state that outlives one TCP connection: the resumption id, how many inbound stanzas we
/// handled, and the outbound stanzas the server has not acknowledged yet (in order).
/// </summary>
/// <remarks>
/// Counters are 32-bit and wrap as the XEP says. Thread-safe: the read loop acknowledges while the
/// write loop records. A stanza is recorded before it is written, so a write that fails half-way
/// leaves it queued, and the server's count decides whether it is sent again.
/// </remarks>
internal sealed class StreamManagement
{
    private readonly Lock gate = new();
    private readonly Queue<OutgoingStanza> unacked = new();
    private uint acked;

    public bool Enabled { get; private set; }

    public string? ResumptionId { get; private set; }

    public bool CanResume => ResumptionId is not null;

    public uint InboundHandled { get; private set; }

    /// <summary>How many acks arrived so far (any value); lets a keep-alive see whether its request was answered.</summary>
    public long AcksReceived { get; private set; }

    public int UnackedCount
    {
        get
        {
            lock (gate)
            {
                return unacked.Count;
            }
        }
    }

    public int UnackedMessageCount
    {
        get
        {
            lock (gate)
            {
                return unacked.Count(s => s.IsMessage);
            }
        }
    }

    public void OnEnabled(string? resumptionId)
    {
        lock (gate)
        {
            Enabled = true;
            ResumptionId = resumptionId;
            InboundHandled = 0;
            acked = 0;
        }
    }

    public void RecordSent(OutgoingStanza stanza)
    {
        lock (gate)
        {
            if (Enabled)
            {
                unacked.Enqueue(stanza);
            }
        }
    }

    public void CountInbound()
    {
        lock (gate)
        {
            if (Enabled)
            {
                InboundHandled++;
            }
        }
    }

    /// <summary>Drops what the server says it handled; returns false when its count is impossible.</summary>
    public bool OnAck(uint handled)
    {
        lock (gate)
        {
            AcksReceived++;
            var newlyAcked = handled - acked;
            if (newlyAcked > unacked.Count)
            {
                return false;
            }

            for (var i = 0u; i < newlyAcked; i++)
            {
                unacked.Dequeue();
            }

            acked = handled;
            return true;
        }
    }

    /// <summary>After <c>&lt;resumed h=''/&gt;</c>: what must be written again, still queued for acknowledgement.</summary>
    public IReadOnlyList<OutgoingStanza> OnResumed(uint handled)
    {
        lock (gate)
        {
            OnAck(handled);
            return [.. unacked];
        }
    }

    /// <summary>
    /// When the old session is gone (resumption failed or impossible): forgets it and returns the
    /// messages the server never acknowledged, to be sent again on the new session.
    /// </summary>
    public IReadOnlyList<OutgoingStanza> StartOver(uint? handledByServer)
    {
        lock (gate)
        {
            if (handledByServer is { } h)
            {
                OnAck(h);
            }

            List<OutgoingStanza> messages = [.. unacked.Where(s => s.IsMessage)];
            unacked.Clear();
            Enabled = false;
            ResumptionId = null;
            InboundHandled = 0;
            acked = 0;
            return messages;
        }
    }
}
