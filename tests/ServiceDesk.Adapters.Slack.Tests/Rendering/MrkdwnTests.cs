using ServiceDesk.Adapters.Slack.Rendering;

namespace ServiceDesk.Adapters.Slack.Tests.Rendering;

public sealed class MrkdwnTests
{
    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!channel> <@U123>", "&lt;!channel&gt; &lt;@U123&gt;")]
    [InlineData("l'écran \"bleu\" é", "l'écran \"bleu\" é")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Escape_OnlyAmpersandAndAngleBrackets(string text, string expected) => Assert.Equal(expected, Mrkdwn.Escape(text));

    [Fact]
    public void Bold_EscapesAndBoldsEachLine() => Assert.Equal("*Demande #42*\n*A &amp; B*", Mrkdwn.Bold("Demande #42\nA & B"));
}
