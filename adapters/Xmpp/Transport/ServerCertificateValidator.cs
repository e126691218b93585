using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ServiceDesk.Adapters.Xmpp.Transport;

/// <summary>
/// Decides whether the server's TLS certificate is trusted: the system store first; when that fails
/// only because the chain ends at an unknown root, the certificates of the optional PEM file are tried
/// as roots. The name must match the XMPP domain either way. There is deliberately no way to accept
/// an untrusted certificate.
/// </summary>
internal sealed class ServerCertificateValidator
{
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1");

    private readonly X509Certificate2Collection extraRoots;

    private ServerCertificateValidator(X509Certificate2Collection extraRoots) => this.extraRoots = extraRoots;

    /// <summary>Loads the optional PEM file (one or more certificates); a relative path is relative to the working directory.</summary>
    public static ServerCertificateValidator Create(string? trustedCertificatePath)
    {
        var roots = new X509Certificate2Collection();
        if (!string.IsNullOrWhiteSpace(trustedCertificatePath))
        {
            roots.ImportFromPemFile(Path.GetFullPath(trustedCertificatePath));
        }

        return new ServerCertificateValidator(roots);
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || extraRoots.Count == 0 || certificate is null)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(extraRoots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        custom.ChainPolicy.ApplicationPolicy.Add(ServerAuthentication);
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }
}
