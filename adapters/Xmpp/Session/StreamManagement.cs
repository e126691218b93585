namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// XEP-0198 state that outlives one TCP connection: the resumption id, how many inbound stanzas we
/// handled, and the outbound stanzas the server has not acknowledged yet (in order).
/// </summary>
/// <remarks>
/// A person's message counts as handled only once the desk has kept it (<see cref="Acknowledge"/>), not when
/// it is read off the socket: between the two it sits in memory, and a crash there must leave it with the
/// server, which sends it again (resumption or offline storage). Other stanzas count as soon as they are
/// acted on. <see cref="InboundHandled"/> is therefore the longest run of handled stanzas from the start.
/// The server's <c>&lt;r/&gt;</c> is answered at once unless the answer would tell it nothing new while a message
/// is being kept; then it waits until the count moves (<see cref="TryAnswerAckRequest"/>, <see cref="AckOwed"/>),
/// and later keeps that move it again are told by unrequested <c>&lt;a/&gt;</c> (XEP-0198 §4 allows one at any
/// time).
/// Counters are 32-bit and wrap as the XEP says. Thread-safe: the read loop acknowledges while the
/// write loop records. A stanza is recorded before it is written, so a write that fails half-way
/// leaves it queued, and the server's count decides whether it is sent again.
/// </remarks>
internal sealed class StreamManagement
{
    private readonly Lock gate = new();
    private readonly Queue<OutgoingStanza> unacked = new();
    private readonly SortedSet<long> pending = [];
    private uint acked;
    private long received;

    /// <summary>The numbers of the stanzas dropped unread in this session (<see cref="CountDropped"/>).</summary>
    private readonly HashSet<long> dropped = [];
    private int epoch;
    private bool ackOwed;
    private bool requestWaiting;
    private uint lastAnswered;
    private uint? resumedFrom;
    private TaskCompletionSource? allAcknowledged;

    public bool Enabled { get; private set; }

    public string? ResumptionId { get; private set; }

    public bool CanResume => ResumptionId is not null;

    /// <summary>Inbound stanzas handled, from the first one of the session up to the first still being kept.</summary>
    public uint InboundHandled
    {
        get
        {
            lock (gate)
            {
                return Handled();
            }
        }
    }

    /// <summary>
    /// Held from computing an ack's count to handing the ack to the transport: the server refuses a count lower than
    /// one it already received (Prosody closes the stream: "Client acknowledged less stanzas than already
    /// acknowledged"), and the answer to an <c>&lt;r/&gt;</c> (read loop) and an unrequested ack (its own loop) computed
    /// in one order could otherwise be written in the other, which happened on a loaded machine during a takeover.
    /// </summary>
    public SemaphoreSlim AckWriting { get; } = new(1, 1);

    /// <summary>Released when an unrequested ack has become worth sending; see <see cref="TakeOwedAck"/>.</summary>
    public LoopSignal AckOwed { get; } = new();

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

    /// <summary>Completes once the server has acknowledged every stanza recorded so far (or the session is given up).</summary>
    public Task AllAcknowledged()
    {
        lock (gate)
        {
            return unacked.Count == 0
                ? Task.CompletedTask
                : (allAcknowledged ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    public void OnEnabled(string? resumptionId)
    {
        lock (gate)
        {
            Enabled = true;
            ResumptionId = resumptionId;
            ForgetInbound();
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
                received++;
            }
        }
    }

    /// <summary>
    /// Counts a stanza dropped unread (too large to read); false when it is one dropped before, sent again by the server
    /// after a resume. The count sent in <c>&lt;resume h=''/&gt;</c> stops before a message still being kept, so a stanza
    /// dropped after it comes back, with the same number (the server sends again, in order, everything after that count).
    /// </summary>
    public bool CountDropped()
    {
        lock (gate)
        {
            if (!Enabled)
            {
                return true;
            }

            received++;
            return dropped.Add(received);
        }
    }

    /// <summary>
    /// Counts a person's message that is handed to the desk but not kept yet; null when stream management
    /// is off (nothing to hold back then).
    /// </summary>
    public InboundToken? BeginInbound()
    {
        lock (gate)
        {
            if (!Enabled)
            {
                return null;
            }

            received++;
            pending.Add(received);
            return new InboundToken(epoch, received);
        }
    }

    /// <summary>
    /// The desk kept (or refused) the message: it may now count as handled. A token from an earlier session
    /// is ignored (the server has forgotten that count; it sends the message again and the duplicate filter
    /// drops it).
    /// </summary>
    public void Acknowledge(InboundToken token)
    {
        lock (gate)
        {
            if (token.Epoch != epoch || !pending.Remove(token.Sequence) || !OwesAck(Handled()))
            {
                return;
            }
        }

        AckOwed.Release();
    }

    /// <summary>
    /// The server's <c>&lt;r/&gt;</c>: true with the count to answer at once, unless a message is being kept and the count
    /// has not moved since the last answer: then the answer would tell the server nothing, and it waits until a keep moves
    /// the count (<see cref="AckOwed"/>, then <see cref="TakeOwedAck"/>).
    /// </summary>
    /// <remarks>
    /// Answered at once, the count would stop before the message being kept (the server asks right after sending it), and
    /// the keep a few milliseconds later owed another <c>&lt;a/&gt;</c>: two writes to the server per message where one
    /// tells it more. Prosody asks for an ack after each stanza it sends while it awaits none, so this was one more
    /// write, and one more ack for the server to read, per person's message at the load bench's 200 people. XEP-0198
    /// asks for an answer, not an immediate one; Prosody asks nothing more meanwhile (it awaits the answer) and closes
    /// nothing for a late one. A count that moved is answered at once all the same: what it tells must not wait for a
    /// keep that may take long. An answer that waits longer (a store failing, its keep retried) is given as it stands by
    /// <see cref="TakeWaitingRequest"/> at the next keep-alive.
    /// </remarks>
    public bool TryAnswerAckRequest(out uint handled)
    {
        lock (gate)
        {
            handled = Handled();
            if (Enabled && pending.Count > 0 && handled == lastAnswered)
            {
                requestWaiting = true;
                ackOwed = true;
                return false;
            }

            Answered(handled);
            return true;
        }
    }

    /// <summary>Whether an unrequested <c>&lt;a/&gt;</c> is worth sending now (the count moved, or a request waits for it), and its count.</summary>
    public bool TakeOwedAck(out uint handled) => Take(waitingRequestOnly: false, out handled);

    /// <summary>A request still unanswered (its keep takes long): answered with the count as it stands.</summary>
    public bool TakeWaitingRequest(out uint handled) => Take(waitingRequestOnly: true, out handled);

    private bool Take(bool waitingRequestOnly, out uint handled)
    {
        lock (gate)
        {
            handled = Handled();
            if (!Enabled || !(waitingRequestOnly ? requestWaiting : OwesAck(handled)))
            {
                return false;
            }

            Answered(handled);
            return true;
        }
    }

    /// <summary>
    /// Under the gate: an ack is owed when one was held back (a request answered late, or early with a lagging count)
    /// and the count has moved since the last one sent, or a request waits and no message is being kept any more.
    /// </summary>
    private bool OwesAck(uint handled) => ackOwed && (handled != lastAnswered || (requestWaiting && pending.Count == 0));

    private void Answered(uint handled)
    {
        lastAnswered = handled;
        requestWaiting = false;
        ackOwed = pending.Count > 0;
    }

    /// <summary>Drops what the server says it handled; returns false when its count is impossible.</summary>
    public bool OnAck(uint handled)
    {
        List<TaskCompletionSource>? delivered = null;
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
                if (unacked.Dequeue().Delivery is { } delivery)
                {
                    (delivered ??= []).Add(delivery);
                }
            }

            acked = handled;
            if (unacked.Count == 0)
            {
                ReleaseAllAcknowledged();
            }
        }

        // Only now is an answer surely out of this process: written bytes still in the kernel's send buffer are thrown
        // away when the process dies with unread input (the connection is reset, not closed). Told outside the gate: what
        // waits for it may go on on this thread (XmppChatChannel.SendConfirmedAsync).
        foreach (var delivery in delivered ?? [])
        {
            delivery.TrySetResult();
        }

        return true;
    }

    /// <summary>
    /// The count to send in <c>&lt;resume h=''/&gt;</c> (<see cref="InboundHandled"/>), remembered: the server sends
    /// again, numbered from there, everything after it (<see cref="OnResumed"/>).
    /// </summary>
    public uint BeginResume()
    {
        lock (gate)
        {
            var handled = Handled();
            resumedFrom = handled;
            return handled;
        }
    }

    /// <summary>
    /// After <c>&lt;resumed h=''/&gt;</c>: what must be written again, still queued for acknowledgement. The inbound count
    /// goes back to what the server was told at <see cref="BeginResume"/>, since the server sends again, and counts again,
    /// every stanza after it. Left where it was, each stanza read twice was counted twice (a message still being kept is
    /// among them, its copy dropped as a repeat and counted), and the surplus acknowledged as many of the server's next
    /// messages before the desk kept them: lost if the bot stopped or crashed then.
    /// </summary>
    public IReadOnlyList<OutgoingStanza> OnResumed(uint handled)
    {
        lock (gate)
        {
            OnAck(handled);
            if (resumedFrom is { } told)
            {
                received = told;
                lastAnswered = told;
                requestWaiting = false;
                ackOwed = pending.Count > 0;
                resumedFrom = null;
            }

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
            ReleaseAllAcknowledged();
            Enabled = false;
            ResumptionId = null;
            ForgetInbound();
            acked = 0;
            return messages;
        }
    }

    private void ReleaseAllAcknowledged()
    {
        allAcknowledged?.TrySetResult();
        allAcknowledged = null;
    }

    private uint Handled() => (uint)(pending.Count == 0 ? received : pending.Min - 1);

    private void ForgetInbound()
    {
        epoch++;
        received = 0;
        pending.Clear();
        dropped.Clear();
        ackOwed = false;
        requestWaiting = false;
        lastAnswered = 0;
    }
}

/// <summary>An ack to send, if any, and its count (<see cref="StreamManagement.TakeOwedAck"/>, <see cref="StreamManagement.TryAnswerAckRequest"/>).</summary>
internal delegate bool AckToSend(out uint handled);

/// <summary>A person's message counted by <see cref="StreamManagement.BeginInbound"/>, to acknowledge once kept.</summary>
internal readonly record struct InboundToken(int Epoch, long Sequence);
