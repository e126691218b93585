using System.Globalization;
using System.Text;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>The fake's HTTP Events API side: it posts to the bot's endpoint, signed as Slack signs.</summary>
public sealed partial class FakeSlack
{
    private static readonly HttpClient Poster = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// POSTs <paramref name="body"/> to the bot's events endpoint with <c>X-Slack-Request-Timestamp</c> (now unless
    /// given) and <c>X-Slack-Signature</c> (computed with the signing secret unless given), and
    /// <c>X-Slack-Retry-Num</c>/<c>X-Slack-Retry-Reason</c> for a retry.
    /// </summary>
    public static async Task<HttpResponseMessage> PostEventAsync(
        Uri endpoint, string body, string contentType = "application/json", long? timestamp = null, int? retryNum = null,
        string? signature = null, string signingSecret = SigningSecret)
    {
        var ts = (timestamp ?? DateTimeOffset.FromUnixTimeMilliseconds(NowMilliseconds()).ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature ?? FakeSlackSignature.Sign(signingSecret, ts, body));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await Poster.SendAsync(request).ConfigureAwait(false);
    }

    /// <summary>The wall clock, as Slack's servers have it (a test may need "now" in Unix seconds).</summary>
    public static long NowUnixSeconds() => NowMilliseconds() / 1000;

    private static long NowMilliseconds() => TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
}
