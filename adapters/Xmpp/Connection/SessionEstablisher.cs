using System.Xml.Linq;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Parsing;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Transport;
using Ns = ServiceDesk.Adapters.Xmpp.Protocol.XmppNamespaces;

namespace ServiceDesk.Adapters.Xmpp.Connection;

/// <summary>
/// On an authenticated stream: resumes the previous XEP-0198 session when possible; otherwise gives
/// its unacknowledged messages back to the outbox, binds a resource and enables stream management
/// with resumption.
/// </summary>
internal sealed partial class SessionEstablisher(string resource, StreamManagement streamManagement, Outbox outbox, ILogger logger)
{
    private string boundJid = "";

    public async Task<SessionStart> EstablishAsync(XmppTransport transport, StreamFeatures features, CancellationToken cancellationToken)
    {
        if (features.StreamManagement && streamManagement.ResumptionId is { } previous)
        {
            var resend = await TryResumeAsync(transport, previous, cancellationToken).ConfigureAwait(false);
            if (resend is not null)
            {
                return new SessionStart(Resumed: true, boundJid, resend);
            }
        }
        else
        {
            outbox.Requeue(streamManagement.StartOver(null));
        }

        boundJid = await BindAsync(transport, features, cancellationToken).ConfigureAwait(false);
        if (features.StreamManagement)
        {
            await EnableAsync(transport, cancellationToken).ConfigureAwait(false);
        }

        return new SessionStart(Resumed: false, boundJid, []);
    }

    /// <summary>What to write again when the server resumed the session; null (and messages requeued) when it refused.</summary>
    private async Task<IReadOnlyList<OutgoingStanza>?> TryResumeAsync(XmppTransport transport, string previousId, CancellationToken cancellationToken)
    {
        await transport.SendAsync(StanzaBuilder.SmResume(previousId, streamManagement.BeginResume()), cancellationToken).ConfigureAwait(false);
        var reply = await ExpectAsync(transport, Ns.StreamManagement, ["resumed", "failed"], cancellationToken).ConfigureAwait(false);
        if (reply.Name.LocalName == "resumed" && StanzaParser.ParseCounter(reply) is { } handled)
        {
            return streamManagement.OnResumed(handled);
        }

        outbox.Requeue(streamManagement.StartOver(StanzaParser.ParseCounter(reply)));
        LogResumeFailed(reply.Elements().FirstOrDefault()?.Name.LocalName ?? "no reason");
        return null;
    }

    private async Task EnableAsync(XmppTransport transport, CancellationToken cancellationToken)
    {
        await transport.SendAsync(StanzaBuilder.SmEnable(), cancellationToken).ConfigureAwait(false);
        var reply = await ExpectAsync(transport, Ns.StreamManagement, ["enabled", "failed"], cancellationToken).ConfigureAwait(false);
        if (reply.Name.LocalName == "enabled")
        {
            var resumable = (string?)reply.Attribute("resume") is "true" or "1";
            streamManagement.OnEnabled(resumable ? (string?)reply.Attribute("id") : null);
        }
    }

    private async Task<string> BindAsync(XmppTransport transport, StreamFeatures features, CancellationToken cancellationToken)
    {
        if (!features.Bind)
        {
            throw new XmppProtocolException("The server offers no resource binding.");
        }

        await transport.SendAsync(StanzaBuilder.Bind(resource, "bind"), cancellationToken).ConfigureAwait(false);
        var result = await ExpectAsync(transport, Ns.Client, ["iq"], cancellationToken).ConfigureAwait(false);
        var jid = result.Element(XName.Get("bind", Ns.Bind))?.Element(XName.Get("jid", Ns.Bind))?.Value;
        if ((string?)result.Attribute("type") != "result" || jid is null)
        {
            throw new XmppProtocolException("Resource binding failed.");
        }

        if (features.SessionRequired)
        {
            await transport.SendAsync(StanzaBuilder.Session("session"), cancellationToken).ConfigureAwait(false);
            await ExpectAsync(transport, Ns.Client, ["iq"], cancellationToken).ConfigureAwait(false);
        }

        return jid;
    }

    /// <summary>Reads until one of the expected elements; a stream error or the end of the stream fails.</summary>
    private async Task<XElement> ExpectAsync(XmppTransport transport, string ns, string[] names, CancellationToken cancellationToken)
    {
        while (true)
        {
            var element = await transport.ReadAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new XmppProtocolException("The server closed the stream during session setup.");
            if (element.Name.NamespaceName == ns && names.Contains(element.Name.LocalName))
            {
                return element;
            }

            if (StanzaParser.Parse(element) is StreamErrorStanza error)
            {
                throw new XmppProtocolException($"Stream error from the server: {error.Condition}");
            }

            LogSkipped(element.Name.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "XMPP: could not resume the previous session ({Reason}); starting a new one")]
    private partial void LogResumeFailed(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "XMPP: skipped <{Name}> during session setup")]
    private partial void LogSkipped(string name);
}
