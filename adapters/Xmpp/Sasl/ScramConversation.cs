using System.Security.Cryptography;
using System.Text;
using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Sasl;

/// <summary>
/// The client side of one SCRAM exchange (RFC 5802 §3), as pure message computation: no I/O, so it
/// can be checked against the RFCs' own examples. Channel binding is not used (<c>n,,</c>).
/// </summary>
/// <remarks>
/// The password is normalised with NFKC, which is what SASLprep does for every password made of
/// ordinary characters.
/// </remarks>
internal sealed class ScramConversation
{
    private const int MaxIterations = 10_000_000;

    private readonly ScramAlgorithm algorithm;
    private readonly string password;
    private readonly string clientNonce;
    private byte[]? expectedServerSignature;

    public ScramConversation(ScramAlgorithm algorithm, string username, string password, string clientNonce)
    {
        this.algorithm = algorithm;
        this.password = password.Normalize(NormalizationForm.FormKC);
        this.clientNonce = clientNonce;
        ClientFirstBare = $"n={EscapeName(username)},r={clientNonce}";
    }

    public string ClientFirstBare { get; }

    public string ClientFirstMessage => "n,," + ClientFirstBare;

    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>Answers the server-first message; remembers the server signature it must prove.</summary>
    public string CreateClientFinal(string serverFirst)
    {
        var fields = ScramFields.Parse(serverFirst);
        var nonce = fields.Get('r');
        if (!nonce.StartsWith(clientNonce, StringComparison.Ordinal) || nonce.Length == clientNonce.Length)
        {
            throw new XmppAuthenticationException("SCRAM: the server nonce does not extend ours.");
        }

        var salt = ScramFields.DecodeBase64(fields.Get('s'));
        if (!int.TryParse(fields.Get('i'), out var iterations) || iterations is < 1 or > MaxIterations)
        {
            throw new XmppAuthenticationException("SCRAM: unacceptable iteration count.");
        }

        var withoutProof = $"c=biws,r={nonce}";
        var authMessage = Encoding.UTF8.GetBytes($"{ClientFirstBare},{serverFirst},{withoutProof}");
        var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, algorithm.Hash, algorithm.HashBytes);
        var clientKey = Hmac(salted, "Client Key"u8.ToArray());
        var clientSignature = Hmac(CryptographicOperations.HashData(algorithm.Hash, clientKey), authMessage);
        var proof = new byte[clientKey.Length];
        for (var i = 0; i < proof.Length; i++)
        {
            proof[i] = (byte)(clientKey[i] ^ clientSignature[i]);
        }

        expectedServerSignature = Hmac(Hmac(salted, "Server Key"u8.ToArray()), authMessage);
        return $"{withoutProof},p={Convert.ToBase64String(proof)}";
    }

    /// <summary>Checks the server-final message; throws unless the server proved it knows the password.</summary>
    public void VerifyServerFinal(string serverFinal)
    {
        var fields = ScramFields.Parse(serverFinal);
        if (fields.TryGet('e') is { } error)
        {
            throw new XmppAuthenticationException($"SCRAM: the server refused: {error}.");
        }

        var signature = fields.TryGet('v') is { } v ? ScramFields.DecodeBase64(v) : [];
        if (expectedServerSignature is null || !CryptographicOperations.FixedTimeEquals(signature, expectedServerSignature))
        {
            throw new XmppAuthenticationException("SCRAM: the server signature is wrong; not trusting this server.");
        }
    }

    private byte[] Hmac(byte[] key, byte[] data) => CryptographicOperations.HmacData(algorithm.Hash, key, data);

    private static string EscapeName(string username) =>
        username.Normalize(NormalizationForm.FormKC).Replace("=", "=3D", StringComparison.Ordinal).Replace(",", "=2C", StringComparison.Ordinal);
}
