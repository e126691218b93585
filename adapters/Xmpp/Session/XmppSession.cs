using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Avatar;
using ServiceDesk.Adapters.Xmpp.Discovery;
using ServiceDesk.Adapters.Xmpp.Framing;
using ServiceDesk.Adapters.Xmpp.Parsing;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Rooms;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Transport;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// One logged-in session on one connection: a read loop (stanzas to the dispatcher), a write loop
/// (outbox to the wire), a keep-alive and the acks owed once the desk keeps what it read, until one of
/// them ends; the others are then stopped.
/// </summary>
/// <remarks>
/// Asked to stop, the session closes politely (RFC 6120 §4.4) instead of dropping the socket: it writes what is
/// still queued, tells anyone seeing <c>composing</c> that the bot is <c>active</c> again, asks the server for a
/// last XEP-0198 count and waits for it (an answer counts as delivered only once acknowledged), writes its closing
/// tag and waits for the server's. Dropping the socket at once lost the last stanzas now and then: a socket closed
/// with unread input is reset, and the kernel throws away what it had not sent yet.
/// </remarks>
internal sealed partial class XmppSession(
    XmppTransport transport,
    StanzaWriter writer,
    StreamManagement streamManagement,
    Outbox outbox,
    InboundDispatcher dispatcher,
    TechnicianRoom? room,
    PersonSignals signals,
    XmppTimings timings,
    TimeProvider timeProvider,
    ILogger logger)
{
    /// <summary>What a new session sends first; after a resumption, only what the server missed.</summary>
    public async Task StartAsync(SessionStart start, CancellationToken cancellationToken)
    {
        if (start.Resumed)
        {
            await writer.ResendAsync(start.Resend, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await writer.SendAsync(DiscoveryStanzas.Presence(signals.Presence.Identity, signals.Presence.Status, signals.Presence.Avatar), cancellationToken).ConfigureAwait(false);
            await PublishAvatarAsync(cancellationToken).ConfigureAwait(false);
            if (room is not null)
            {
                room.Reset();
                await writer.SendAsync(StanzaBuilder.RoomJoin(room.OccupantJid), cancellationToken).ConfigureAwait(false);
            }
        }

        await RequestAckAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>XEP-0084 on our PEP nodes (picture, then metadata) and XEP-0153 in our vCard; the results are not awaited.</summary>
    private async Task PublishAvatarAsync(CancellationToken cancellationToken)
    {
        if (signals.Presence.Avatar is not { } avatar)
        {
            return;
        }

        await writer.SendAsync(AvatarStanzas.PublishData(avatar, "avatar-data"), cancellationToken).ConfigureAwait(false);
        await writer.SendAsync(AvatarStanzas.PublishMetadata(avatar, "avatar-metadata"), cancellationToken).ConfigureAwait(false);
        await writer.SendAsync(AvatarStanzas.VCard(avatar, signals.Presence.Identity.Name, "avatar-vcard"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs until the server closes the stream (returns), the stream fails (throws) or the token is cancelled: then
    /// the stream is closed politely, within <see cref="XmppTimings.CloseTimeout"/>, and the cancellation thrown.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // The read loop has its own token: it must go on reading the server's last acknowledgement and closing tag.
        using var reading = new CancellationTokenSource();
        using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var read = ReadLoopAsync(reading.Token);
        Task[] others = [WriteLoopAsync(working.Token), KeepAliveLoopAsync(working.Token), OwedAckLoopAsync(working.Token), OwedRequestLoopAsync(working.Token)];
        var first = await Task.WhenAny([read, .. others]).ConfigureAwait(false);
        await working.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(others).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (cancellationToken.IsCancellationRequested && !read.IsCompleted)
        {
            await CloseAsync(read).ConfigureAwait(false);
        }
        else if (!cancellationToken.IsCancellationRequested)
        {
            transport.Abort();
        }

        await reading.CancelAsync().ConfigureAwait(false);
        await read.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await first.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>The polite end of a session that is still up; see the remarks on the class.</summary>
    private async Task CloseAsync(Task read)
    {
        var unconfirmed = streamManagement.UnackedMessageCount + outbox.Count;
        // Real time, not the session's clock: a frozen test clock must not hold a stop.
        using var timeout = new CancellationTokenSource(timings.CloseTimeout, TimeProvider.System);
        try
        {
            while (outbox.TryPeek(out var stanza))
            {
                await writer.SendAsync(stanza, () => outbox.Commit(stanza), timeout.Token).ConfigureAwait(false);
            }

            // Nobody is left seeing "composing" after the bot stops (XEP-0085).
            foreach (var person in signals.ChatStates.StopAll())
            {
                await writer.SendAsync(ChatStateStanzas.Notification(person, "active", Guid.NewGuid().ToString("N")), timeout.Token).ConfigureAwait(false);
            }

            if (streamManagement.Enabled && streamManagement.UnackedCount > 0)
            {
                await RequestAckAsync(timeout.Token).ConfigureAwait(false);
                await streamManagement.AllAcknowledged().WaitAsync(timeout.Token).ConfigureAwait(false);
            }

            await transport.WriteAsync(StanzaBuilder.StreamFooter, timeout.Token).ConfigureAwait(false);
            await read.WaitAsync(timeout.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or TimeoutException)
        {
            LogCloseFailed(ex.Message);
        }

        var left = streamManagement.UnackedMessageCount + outbox.Count;
        if (left > 0)
        {
            LogUnconfirmedAtShutdown(left, unconfirmed);
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var element = await ReadAsync(cancellationToken).ConfigureAwait(false);
            if (element is null)
            {
                LogServerClosed();
                return;
            }

            await dispatcher.HandleAsync(StanzaParser.Parse(element), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<System.Xml.Linq.XElement?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await transport.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (XmppFramingException ex) when (ex.WasCountedStanza)
        {
            // Counted as handled (dropped), so that resuming the session does not bring it back; unless a message before
            // it was still being kept: then the server sends it again after the resume, and it is dropped again, quietly.
            if (streamManagement.CountDropped())
            {
                LogStanzaDropped(ex.StanzaName, ex.Sender ?? "?", ex.Message);
            }
            else
            {
                LogStanzaDroppedAgain(ex.StanzaName, ex.Sender ?? "?");
            }

            throw;
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        while (await outbox.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // A turn is queueing what goes out together (Outbox.Hold): written once it is done.
            if (outbox.IsHeld)
            {
                await outbox.WaitReleasedAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Under stream management, what is queued goes out in one write with its ack request (StanzaWriter.SendQueuedAsync).
            if (await writer.SendQueuedAsync(outbox, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            while (outbox.TryPeek(out var stanza))
            {
                await writer.SendAsync(stanza, () => outbox.Commit(stanza), cancellationToken).ConfigureAwait(false);
            }

            await RequestAckAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task KeepAliveLoopAsync(CancellationToken cancellationToken)
    {
        long? acksAtLastRequest = null;
        while (true)
        {
            await Task.Delay(timings.KeepAliveInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            if (!streamManagement.Enabled)
            {
                await transport.WriteAsync(" ", cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (acksAtLastRequest == streamManagement.AcksReceived)
            {
                throw new XmppProtocolException("No answer to the last keep-alive; the connection is presumed dead.");
            }

            acksAtLastRequest = streamManagement.AcksReceived;
            await AnswerWaitingRequestAsync(cancellationToken).ConfigureAwait(false);
            await writer.RequestAckAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the ack owed once a keep moves the count: the answer to a request that waited for it, or an unrequested one
    /// after an answer that lagged (the server would otherwise hold them until its next request).
    /// </summary>
    private async Task OwedAckLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await streamManagement.AckOwed.WaitAsync(cancellationToken).ConfigureAwait(false);

            // Held: it goes out with what the hold gathers (StanzaWriter.SendQueuedAsync); the hold's end signals again.
            if (outbox.IsHeld)
            {
                continue;
            }

            await writer.SendAckAsync(streamManagement.TakeOwedAck, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends alone the ack request a write put off (<see cref="AckRequestPacing"/>) when no later write carried it; the
    /// desk's clock signals it, and the request is written on its thread.
    /// </summary>
    private async Task OwedRequestLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await writer.Requests.Owed.WaitAsync(cancellationToken).ConfigureAwait(false);
            await writer.SendOwedRequestAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The server's request whose answer waited for a keep that is taking long (a store failing): answered as it stands.</summary>
    private ValueTask AnswerWaitingRequestAsync(CancellationToken cancellationToken) =>
        writer.SendAckAsync(streamManagement.TakeWaitingRequest, cancellationToken);

    private ValueTask RequestAckAsync(CancellationToken cancellationToken) =>
        streamManagement.Enabled ? writer.RequestAckAsync(cancellationToken) : ValueTask.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: stopping with {Count} messages not confirmed as delivered (of {Before} when the stop began)")]
    private partial void LogUnconfirmedAtShutdown(int count, int before);

    [LoggerMessage(Level = LogLevel.Debug, Message = "XMPP: could not close the stream cleanly: {Reason}")]
    private partial void LogCloseFailed(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: the server closed the stream")]
    private partial void LogServerClosed();

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: dropped an inbound <{Stanza}> from {Sender}: {Reason}; reconnecting")]
    private partial void LogStanzaDropped(string? stanza, string sender, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: the inbound <{Stanza}> from {Sender} dropped before came again after the resume; dropped again, reconnecting")]
    private partial void LogStanzaDroppedAgain(string? stanza, string sender);
}
