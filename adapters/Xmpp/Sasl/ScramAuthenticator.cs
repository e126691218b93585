using System.Text;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Transport;

namespace ServiceDesk.Adapters.Xmpp.Sasl;

/// <summary>Runs a <see cref="ScramConversation"/> over the stream: auth, challenge, response, success (RFC 6120 §6.4).</summary>
internal static class ScramAuthenticator
{
    public static async Task AuthenticateAsync(
        XmppTransport transport, ScramAlgorithm algorithm, string username, string password, CancellationToken cancellationToken)
    {
        var scram = new ScramConversation(algorithm, username, password, ScramConversation.NewNonce());
        await transport.SendAsync(StanzaBuilder.SaslAuth(algorithm.Mechanism, Encoding.UTF8.GetBytes(scram.ClientFirstMessage)), cancellationToken)
            .ConfigureAwait(false);
        var (success, serverFirst) = await SaslAuthenticator.ReadStepAsync(transport, cancellationToken).ConfigureAwait(false);
        if (success)
        {
            throw new XmppAuthenticationException("SCRAM: the server claimed success before the exchange ended.");
        }

        var clientFinal = scram.CreateClientFinal(serverFirst);
        await transport.SendAsync(StanzaBuilder.SaslResponse(Encoding.UTF8.GetBytes(clientFinal)), cancellationToken).ConfigureAwait(false);
        (success, var serverFinal) = await SaslAuthenticator.ReadStepAsync(transport, cancellationToken).ConfigureAwait(false);
        scram.VerifyServerFinal(serverFinal);
        if (!success)
        {
            // RFC 6120 §6.4.4: the server-final data came in a challenge; an empty response gets the success.
            await transport.SendAsync(StanzaBuilder.SaslResponse([]), cancellationToken).ConfigureAwait(false);
            (success, _) = await SaslAuthenticator.ReadStepAsync(transport, cancellationToken).ConfigureAwait(false);
        }

        if (!success)
        {
            throw new XmppAuthenticationException("SCRAM: no success after the server-final message.");
        }
    }
}
