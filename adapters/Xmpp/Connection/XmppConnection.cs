using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Rooms;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Adapters.Xmpp.Transport;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Adapters.Xmpp.Connection;

/// <summary>
/// The connection loop: connect, negotiate, run a session, and when anything fails (network, TLS,
/// authentication, bad XML, server restart) log it and reconnect after a capped, jittered backoff.
/// Stream-management state and the outbox live here, across connections, so nothing is lost.
/// </summary>
/// <remarks>
/// This is a worker loop's top: the only place that catches every exception (and goes on).
/// The password is handed to the negotiator and never logged.
/// </remarks>
internal sealed partial class XmppConnection(
    XmppOptions options,
    XmppTimings timings,
    Outbox outbox,
    ChannelWriter<InboundMessage> inbound,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory,
    Action<SessionStart>? sessionStarted,
    PersonSignals signals,
    PresenceBoard? presenceBoard)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<XmppConnection>();
    private readonly StreamManagement streamManagement = OwingAcksAfterHolds(outbox);
    private readonly RecentMessageIds recentIds = new(4096);
    private readonly ReconnectBackoff backoff = new(timings.MinReconnectDelay, timings.MaxReconnectDelay, Random.Shared);
    private readonly TechnicianRoom? room =
        string.IsNullOrWhiteSpace(options.TechnicianRoom) ? null : new TechnicianRoom(options.TechnicianRoom, options.RoomNick, presenceBoard);

    private readonly StreamNegotiator negotiator = new(
        ParseAccount(options.Jid),
        options.Password,
        ServerCertificateValidator.Create(options.TrustedCertificate),
        loggerFactory.CreateLogger<StreamNegotiator>());

    public Jid Account { get; } = ParseAccount(options.Jid);

    /// <summary>
    /// The stream's XEP-0198 state; an ack that a hold of the outbox kept from its own write (<see cref="Outbox.Hold"/>)
    /// is looked at again once the hold ends, when the hold's write did not carry it (nothing else was queued).
    /// </summary>
    private static StreamManagement OwingAcksAfterHolds(Outbox outbox)
    {
        var streamManagement = new StreamManagement();
        outbox.OnHoldEnded(streamManagement.AckOwed.Release);
        return streamManagement;
    }

    private InboundAcknowledgements Acknowledgements => field ??= new InboundAcknowledgements(streamManagement);

    /// <summary>The desk has kept <paramref name="message"/>: the server may count it as handled.</summary>
    public void Acknowledge(InboundMessage message) => Acknowledgements.Release(message);

    private SessionEstablisher Establisher =>
        field ??= new SessionEstablisher(options.Resource, streamManagement, outbox, loggerFactory.CreateLogger<SessionEstablisher>());

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset? onlineSince = null;
            try
            {
                await RunOnceAsync(() => onlineSince = timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailure(ex);
            }

            if (!await WaitBeforeReconnectingAsync(onlineSince, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Waits out the backoff (reset first if the last session was healthy); false when cancelled.</summary>
    private async Task<bool> WaitBeforeReconnectingAsync(DateTimeOffset? onlineSince, CancellationToken cancellationToken)
    {
        if (onlineSince is { } since && timeProvider.GetUtcNow() - since >= timings.HealthySession)
        {
            backoff.Reset();
        }

        var delay = backoff.NextDelay();
        LogReconnecting(delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RunOnceAsync(Action online, CancellationToken cancellationToken)
    {
        var host = string.IsNullOrWhiteSpace(options.Host) ? Account.Domain : options.Host;
        using var timeout = new CancellationTokenSource(timings.ConnectTimeout, timeProvider);
        using var setup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var transport = await XmppTransport.ConnectAsync(host, options.Port, options.MaxStanzaBytes, options.InlineReads, setup.Token).ConfigureAwait(false);
        await using (transport.ConfigureAwait(false))
        {
            var features = await negotiator.NegotiateAsync(transport, setup.Token).ConfigureAwait(false);
            var start = await Establisher.EstablishAsync(transport, features, setup.Token).ConfigureAwait(false);
            var session = CreateSession(transport);
            await session.StartAsync(start, cancellationToken).ConfigureAwait(false);
            online();
            LogOnline(start.Jid, start.Resumed, start.Resend.Count, outbox.Count);
            sessionStarted?.Invoke(start);
            await session.RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private XmppSession CreateSession(XmppTransport transport)
    {
        var writer = new StanzaWriter(transport, streamManagement);
        var dispatcher = new InboundDispatcher(
            writer, streamManagement, inbound, room, recentIds, Acknowledgements, signals, timeProvider, loggerFactory.CreateLogger<InboundDispatcher>());
        return new XmppSession(
            transport, writer, streamManagement, outbox, dispatcher, room, signals, timings, timeProvider, loggerFactory.CreateLogger<XmppSession>());
    }

    private static Jid ParseAccount(string jid) =>
        Jid.TryParse(jid) ?? throw new ArgumentException("Xmpp:Jid is not a valid JID.", nameof(jid));

    private void LogFailure(Exception exception)
    {
        switch (exception)
        {
            case XmppAuthenticationException:
                LogAuthenticationFailed(Account.Bare, exception.Message);
                break;
            case OperationCanceledException:
                LogTimedOut(timings.ConnectTimeout.TotalSeconds);
                break;
            case XmppException or IOException or SocketException or AuthenticationException:
                LogConnectionLost(exception.GetType().Name, exception.Message);
                break;
            default:
                LogUnexpected(exception);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: online as {Jid} (resumed: {Resumed}, resent: {Resent}, queued: {Queued})")]
    private partial void LogOnline(string jid, bool resumed, int resent, int queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: reconnecting in {Seconds:0.0} s")]
    private partial void LogReconnecting(double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "XMPP: authentication of {Account} failed: {Reason}")]
    private partial void LogAuthenticationFailed(string account, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: connection attempt or session setup took longer than {Seconds} s")]
    private partial void LogTimedOut(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "XMPP: connection lost ({Kind}): {Reason}")]
    private partial void LogConnectionLost(string kind, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "XMPP: unexpected failure of the connection loop")]
    private partial void LogUnexpected(Exception exception);
}
