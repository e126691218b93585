using System.Security.Cryptography;

namespace ServiceDesk.Adapters.Xmpp.Sasl;

/// <summary>A SCRAM family member: its SASL mechanism name and hash (RFC 5802, RFC 7677).</summary>
internal sealed record ScramAlgorithm(string Mechanism, HashAlgorithmName Hash, int HashBytes)
{
    public static ScramAlgorithm Sha1 { get; } = new("SCRAM-SHA-1", HashAlgorithmName.SHA1, 20);

    public static ScramAlgorithm Sha256 { get; } = new("SCRAM-SHA-256", HashAlgorithmName.SHA256, 32);
}
