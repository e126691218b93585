using System.Text;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.Slack.Events;

namespace ServiceDesk.Adapters.Slack.Tests.Events;

/// <summary>The verifier against Slack's documented signing example (slack-wire.md §3.2, "Verifying requests from Slack").</summary>
public sealed class SlackRequestVerifierTests
{
    internal const string DocumentedSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    internal const string DocumentedTimestamp = "1531420618";
    internal const string DocumentedBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    internal const string DocumentedSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(DocumentedBody);

    // The documented timestamp must be "now" for the 5-minute rule; the clock is pinned a few seconds after it.
    private static SlackRequestVerifier Verifier(long nowSeconds = 1531420620) =>
        new(DocumentedSecret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(nowSeconds)), TimeSpan.FromMinutes(5));

    [Fact]
    public void Signature_DocumentedExample_MatchesSlacksValue() =>
        Assert.Equal(DocumentedSignature, Verifier().Signature(DocumentedTimestamp, Body));

    [Fact]
    public void IsSigned_DocumentedExample_IsAccepted() =>
        Assert.True(Verifier().IsSigned(DocumentedTimestamp, DocumentedSignature, Body));

    [Fact]
    public void IsSigned_OneByteOfTheBodyChanged_IsRefused()
    {
        var tampered = Encoding.UTF8.GetBytes(DocumentedBody.Replace("roadrunner", "roadrunnes", StringComparison.Ordinal));
        Assert.False(Verifier().IsSigned(DocumentedTimestamp, DocumentedSignature, tampered));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v0=a2114d57")]
    public void IsSigned_MissingOrMalformedSignature_IsRefused(string? signature) =>
        Assert.False(Verifier().IsSigned(DocumentedTimestamp, signature, Body));

    [Fact]
    public void IsSigned_AnotherTimestampWithTheSameSignature_IsRefused() =>
        Assert.False(Verifier().IsSigned("1531420619", DocumentedSignature, Body));

    [Theory]
    [InlineData(1531420618, true)]
    [InlineData(1531420618 + 299, true)]
    [InlineData(1531420618 - 299, true)]
    [InlineData(1531420618 + 600, false)]
    [InlineData(1531420618 - 600, false)]
    public void CheckTimestamp_AgainstAPinnedClock_RefusesOlderOrNewerThanFiveMinutes(long now, bool fresh) =>
        Assert.Equal(fresh ? TimestampVerdict.Fresh : TimestampVerdict.Stale, Verifier(now).CheckTimestamp(DocumentedTimestamp));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("1531420618.5")]
    [InlineData("yesterday")]
    public void CheckTimestamp_MissingOrNotANumber_IsMissing(string? header) =>
        Assert.Equal(TimestampVerdict.Missing, Verifier().CheckTimestamp(header));
}
