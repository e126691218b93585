using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Transport;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// The one way stanzas reach the wire during a session, so that the order XEP-0198 counts in is the
/// order they are written, whichever task sends them (replies from the read loop, messages from the
/// write loop).
/// </summary>
internal sealed class StanzaWriter(XmppTransport transport, StreamManagement streamManagement)
{
    private readonly SemaphoreSlim order = new(1, 1);

    /// <summary>When a write that wants the server's count asks for it (<see cref="AckRequestPacing"/>).</summary>
    public AckRequestPacing Requests { get; } = new();

    public ValueTask SendAsync(XElement element, CancellationToken cancellationToken) =>
        SendAsync(new OutgoingStanza(StanzaBuilder.Serialize(element), element.Name.LocalName == "message"), null, cancellationToken);

    /// <summary>
    /// Writes one stanza. <paramref name="committed"/> runs once the stanza is safe: recorded for
    /// acknowledgement before the write under stream management, after a complete write otherwise.
    /// </summary>
    public async ValueTask SendAsync(OutgoingStanza stanza, Action? committed, CancellationToken cancellationToken)
    {
        await order.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (streamManagement.Enabled)
            {
                // Delivered once the server acknowledges it (StreamManagement.OnAck), not once written: see there. Counted
                // only once the connection is ours to write on (XmppTransport.WriteAsync).
                await transport.WriteAsync(
                    () =>
                    {
                        streamManagement.RecordSent(stanza);
                        committed?.Invoke();
                        return stanza.Xml;
                    },
                    cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await transport.WriteAsync(stanza.Xml, cancellationToken).ConfigureAwait(false);
                committed?.Invoke();
                stanza.Delivery?.TrySetResult();
            }
        }
        finally
        {
            order.Release();
        }
    }

    /// <summary>At most this many stanzas, or about this many characters, go out in one write.</summary>
    private const int BatchStanzas = 64;

    private const int BatchCharacters = 64 * 1024;

    /// <summary>
    /// Stanzas that may wait unacknowledged before a batch asks for an ack although nothing in it awaits one.
    /// </summary>
    internal const int AckRequestEvery = 16;

    /// <summary>
    /// Under stream management: writes what the outbox holds (up to <see cref="BatchStanzas"/>) in one write to the
    /// connection instead of a write (and a TLS record, a system call, a wake-up of the task that waits for it) per
    /// stanza. Each stanza is recorded for acknowledgement and leaves the outbox before the write, as one by one: a write
    /// that fails half-way leaves them all queued for acknowledgement, and the server's count decides what is sent again.
    /// Without stream management nothing is done (false): the caller writes them one by one, each leaving the outbox only
    /// once written.
    /// </summary>
    /// <remarks>
    /// The write wants an ack request (<c>&lt;r/&gt;</c>) only when a stanza in it awaits the server's
    /// acknowledgement (an answer sent confirmed, whose inbox entry is forgotten on that ack) or when
    /// <see cref="AckRequestEvery"/> stanzas wait unacknowledged, and ends with one unless the last request is too recent
    /// (<see cref="AckRequestPacing"/>: then a later write or the owed-request loop asks). A write of receipts and chat
    /// states alone asks nothing: the next request covers them, since XEP-0198 acknowledges a count. Asking after every
    /// write cost three or four round trips per message handled, each answered by an <c>&lt;a/&gt;</c> the bot had to
    /// read, decrypt and parse.
    /// </remarks>
    public async ValueTask<bool> SendQueuedAsync(Outbox outbox, CancellationToken cancellationToken)
    {
        if (!streamManagement.Enabled)
        {
            return false;
        }

        await order.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!streamManagement.Enabled)
            {
                return false;
            }

            // Only this writer takes from the outbox (under the order lock): what is there now is still there once the
            // connection is ours, when the batch is composed and its stanzas counted as sent (XmppTransport.WriteAsync).
            if (outbox.TryPeek(out _))
            {
                await WriteBatchAsync(outbox, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        finally
        {
            order.Release();
        }
    }

    /// <summary>
    /// Takes the outbox's stanzas for one write (each counted as sent and leaving the outbox), with an ack request when
    /// one of them awaits the server's ack or many wait unacknowledged.
    /// </summary>
    private System.Text.StringBuilder Batch(Outbox outbox)
    {
        var batch = new System.Text.StringBuilder();
        var count = 0;
        var awaited = false;
        while (count < BatchStanzas && batch.Length < BatchCharacters && outbox.TryPeek(out var stanza))
        {
            streamManagement.RecordSent(stanza);
            outbox.Commit(stanza);
            batch.Append(stanza.Xml);
            awaited |= stanza.Delivery is not null;
            count++;
        }

        if ((awaited || streamManagement.UnackedCount >= AckRequestEvery) && Requests.AskNow())
        {
            batch.Append(AckRequest);
        }

        return batch;
    }

    /// <summary>
    /// Writes the outbox's batch (<see cref="Batch"/>), with the unrequested ack owed to the server when there is one (the
    /// desk has just kept a message: see <see cref="StreamManagement.TakeOwedAck"/>): one write where the session's
    /// owed-ack loop made a second. The ack is taken only under <see cref="StreamManagement.AckWriting"/>, held until the
    /// write, so acks keep the order of their counts; when another ack is being written the batch goes without (that one,
    /// or the loop, tells the count). Both are composed once the connection is ours
    /// (<see cref="XmppTransport.WriteAsync(Func{string?}, CancellationToken)"/>).
    /// </summary>
    private async ValueTask WriteBatchAsync(Outbox outbox, CancellationToken cancellationToken)
    {
        var mayAck = streamManagement.AckWriting.Wait(0);
        try
        {
            await transport.WriteAsync(
                () =>
                {
                    var batch = Batch(outbox);
                    if (mayAck && streamManagement.TakeOwedAck(out var handled))
                    {
                        batch.Append(StanzaBuilder.Serialize(StanzaBuilder.SmAck(handled)));
                    }

                    return batch.ToString();
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (mayAck)
            {
                streamManagement.AckWriting.Release();
            }
        }
    }

    private static readonly string AckRequest = StanzaBuilder.Serialize(StanzaBuilder.SmRequest());

    /// <summary>Writes again, after resumption, stanzas that are still queued for acknowledgement.</summary>
    public async ValueTask ResendAsync(IReadOnlyList<OutgoingStanza> stanzas, CancellationToken cancellationToken)
    {
        await order.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var stanza in stanzas)
            {
                await transport.WriteAsync(stanza.Xml, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            order.Release();
        }
    }

    /// <summary>
    /// Under <see cref="StreamManagement.AckWriting"/>, from computing the count to handing it to the transport (acks
    /// keep the order of their counts): sends <c>&lt;a h=''/&gt;</c> when <paramref name="take"/> gives a count.
    /// </summary>
    public async ValueTask SendAckAsync(AckToSend take, CancellationToken cancellationToken)
    {
        await streamManagement.AckWriting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The count is taken once the connection is ours: an ack cancelled while waiting for it is still owed.
            await transport.WriteAsync(() => take(out var handled) ? StanzaBuilder.Serialize(StanzaBuilder.SmAck(handled)) : null, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            streamManagement.AckWriting.Release();
        }
    }

    /// <summary>Asks the server for its count now (the session's start and close, the keep-alive); it covers a request owed.</summary>
    public ValueTask RequestAckAsync(CancellationToken cancellationToken) =>
        transport.WriteAsync(
            () =>
            {
                Requests.Asked();
                return AckRequest;
            },
            cancellationToken);

    /// <summary>Sends the request put off (<see cref="AckRequestPacing.Owed"/>) unless a write carried it meanwhile.</summary>
    public ValueTask SendOwedRequestAsync(CancellationToken cancellationToken) =>
        transport.WriteAsync(() => Requests.TakeOwed() ? AckRequest : null, cancellationToken);
}
