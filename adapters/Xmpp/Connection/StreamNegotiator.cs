using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Parsing;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Sasl;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Transport;

namespace ServiceDesk.Adapters.Xmpp.Connection;

/// <summary>
/// RFC 6120 stream negotiation up to an authenticated stream: STARTTLS (required: without it the
/// client stops), certificate check, SASL, stream restart. Returns the features offered afterwards
/// (bind, stream management).
/// </summary>
internal sealed partial class StreamNegotiator(Jid account, string password, ServerCertificateValidator validator, ILogger logger)
{
    public async Task<StreamFeatures> NegotiateAsync(XmppTransport transport, CancellationToken cancellationToken)
    {
        var features = StanzaParser.ParseFeatures(await transport.OpenStreamAsync(account.Domain, cancellationToken).ConfigureAwait(false));
        if (!features.StartTls)
        {
            throw new XmppProtocolException("The server does not offer STARTTLS; refusing to log in without TLS.");
        }

        await transport.SendAsync(StanzaBuilder.StartTls(), cancellationToken).ConfigureAwait(false);
        var reply = await transport.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (reply?.Name.NamespaceName != XmppNamespaces.Tls || reply.Name.LocalName != "proceed")
        {
            throw new XmppProtocolException("The server refused STARTTLS.");
        }

        await transport.UpgradeToTlsAsync(account.Domain, validator, cancellationToken).ConfigureAwait(false);
        features = StanzaParser.ParseFeatures(await transport.OpenStreamAsync(account.Domain, cancellationToken).ConfigureAwait(false));
        var mechanism = await SaslAuthenticator.AuthenticateAsync(transport, features, account.Local ?? "", password, cancellationToken)
            .ConfigureAwait(false);
        LogAuthenticated(account.Bare, mechanism);
        return StanzaParser.ParseFeatures(await transport.OpenStreamAsync(account.Domain, cancellationToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "XMPP: authenticated as {Account} with {Mechanism} over TLS")]
    private partial void LogAuthenticated(string account, string mechanism);
}
