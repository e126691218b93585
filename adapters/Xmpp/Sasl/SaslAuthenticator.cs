using System.Text;
using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Transport;

namespace ServiceDesk.Adapters.Xmpp.Sasl;

/// <summary>
/// Picks the strongest mechanism the server offers (SCRAM-SHA-256, then SCRAM-SHA-1, then PLAIN, and
/// PLAIN only on an encrypted stream) and runs it (RFC 6120 §6).
/// </summary>
internal static class SaslAuthenticator
{
    public const string Plain = "PLAIN";

    public static string? ChooseMechanism(IReadOnlyCollection<string> offered, bool encrypted) =>
        offered.Contains(ScramAlgorithm.Sha256.Mechanism) ? ScramAlgorithm.Sha256.Mechanism
        : offered.Contains(ScramAlgorithm.Sha1.Mechanism) ? ScramAlgorithm.Sha1.Mechanism
        : offered.Contains(Plain) && encrypted ? Plain
        : null;

    /// <summary>Authenticates as <paramref name="username"/>; returns the mechanism used.</summary>
    public static async Task<string> AuthenticateAsync(
        XmppTransport transport, StreamFeatures features, string username, string password, CancellationToken cancellationToken)
    {
        var mechanism = ChooseMechanism(features.Mechanisms, transport.IsEncrypted)
            ?? throw new XmppAuthenticationException($"No acceptable SASL mechanism offered ({string.Join(", ", features.Mechanisms)}).");
        if (mechanism == Plain)
        {
            var payload = Encoding.UTF8.GetBytes($"\0{username}\0{password}");
            await transport.SendAsync(StanzaBuilder.SaslAuth(Plain, payload), cancellationToken).ConfigureAwait(false);
            await ExpectSuccessAsync(transport, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var algorithm = mechanism == ScramAlgorithm.Sha256.Mechanism ? ScramAlgorithm.Sha256 : ScramAlgorithm.Sha1;
            await ScramAuthenticator.AuthenticateAsync(transport, algorithm, username, password, cancellationToken).ConfigureAwait(false);
        }

        return mechanism;
    }

    /// <summary>Reads the next SASL element; returns its decoded payload and whether it was success.</summary>
    public static async Task<(bool Success, string Payload)> ReadStepAsync(XmppTransport transport, CancellationToken cancellationToken)
    {
        var element = await transport.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (element?.Name.NamespaceName != XmppNamespaces.Sasl || element.Name.LocalName is not ("challenge" or "success"))
        {
            throw new XmppAuthenticationException($"Authentication refused: {Describe(element)}.");
        }

        var payload = element.Value.Trim() is { Length: > 0 } text and not "=" ? Encoding.UTF8.GetString(ScramFields.DecodeBase64(text)) : "";
        return (element.Name.LocalName == "success", payload);
    }

    private static async Task ExpectSuccessAsync(XmppTransport transport, CancellationToken cancellationToken)
    {
        var (success, _) = await ReadStepAsync(transport, cancellationToken).ConfigureAwait(false);
        if (!success)
        {
            throw new XmppAuthenticationException("Unexpected SASL challenge for PLAIN.");
        }
    }

    private static string Describe(XElement? element) =>
        element is null ? "stream closed"
        : element.Name.LocalName == "failure" ? element.Elements().FirstOrDefault()?.Name.LocalName ?? "failure"
        : $"unexpected <{element.Name.LocalName}>";
}
