using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Adapters.Slack.Events;

/// <summary>
/// Slack's request signing, version <c>v0</c>: HMAC-SHA256 keyed with the signing secret (its UTF-8 bytes, as
/// written) over <c>v0:{timestamp}:{raw body}</c>, lower-case hex, compared in constant time. A timestamp more
/// than five minutes from now, either way, is refused first (replays), before the body is even read.
/// </summary>
internal sealed class SlackRequestVerifier(string signingSecret, TimeProvider timeProvider, TimeSpan window)
{
    private readonly byte[] key = Encoding.UTF8.GetBytes(signingSecret);

    public TimestampVerdict CheckTimestamp(string? header)
    {
        if (!long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimestampVerdict.Missing;
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs(now - seconds) > window.TotalSeconds ? TimestampVerdict.Stale : TimestampVerdict.Fresh;
    }

    public bool IsSigned(string timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (signatureHeader is null || !signatureHeader.StartsWith("v0=", StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Signature(timestampHeader, body));
        var given = Encoding.ASCII.GetBytes(signatureHeader);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send for this timestamp and body.</summary>
    public string Signature(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }
}
