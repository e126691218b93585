using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>Signs a request body as Slack does (v0, HMAC-SHA256 over <c>v0:{timestamp}:{body}</c>, the secret's UTF-8 bytes as key). Written apart from the adapter's verifier, on purpose.</summary>
public static class FakeSlackSignature
{
    public static string Sign(string signingSecret, string timestamp, string body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(signingSecret));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + string.Concat(digest.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
