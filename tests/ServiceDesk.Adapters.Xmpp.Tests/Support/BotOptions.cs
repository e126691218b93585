using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

internal static class BotOptions
{
    /// <summary>Options for an account of <paramref name="server"/>, trusting its certificate; optionally through a relay port.</summary>
    public static XmppOptions For(ProsodyServer server, string user, int? port = null) => new()
    {
        Jid = server.Jid(user),
        Password = ProsodyFixture.Password,
        Host = server.Host,
        Port = port ?? server.Port,
        TrustedCertificate = server.CertificatePath,
    };
}
