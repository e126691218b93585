namespace ServiceDesk.Adapters.Slack.Tests;

public sealed class SlackOptionsValidatorTests
{
    private static SlackOptions Valid() => new() { BotToken = "xoxb-1-secret", AppToken = "xapp-1-secret", TechnicianChannel = "C0123ABCD" };

    private static IEnumerable<string> Failures(SlackOptions options) =>
        new SlackOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_SocketModeWithBothTokens_Succeeds() =>
        Assert.True(new SlackOptionsValidator().Validate(null, Valid()).Succeeded);

    [Fact]
    public void Validate_BotTokenInAppTokenKey_SaysWhereEachGoes()
    {
        var options = Valid();
        options.AppToken = "xoxb-1-secret";
        var failure = Assert.Single(Failures(options));
        Assert.Contains("Slack:AppToken holds a bot token", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-1-secret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AppTokenInBotTokenKey_SaysWhereEachGoes()
    {
        var options = Valid();
        options.BotToken = "xapp-1-secret";
        Assert.Contains(Failures(options), f => f.Contains("Slack:BotToken holds an app-level token", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EventsModeWithoutSigningSecret_AsksForIt()
    {
        var options = Valid();
        options.Mode = SlackMode.Events;
        options.EventsUrl = "http://127.0.0.1:3000/slack/events";
        var failure = Assert.Single(Failures(options));
        Assert.Contains("Slack:SigningSecret is required in events mode", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EventsModeWithoutAppToken_Succeeds()
    {
        var options = new SlackOptions { BotToken = "xoxb-1", Mode = SlackMode.Events, SigningSecret = "s", EventsUrl = "http://127.0.0.1:3000/slack/events" };
        Assert.Empty(Failures(options));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("ftp://host/slack")]
    public void Validate_EventsModeWithoutUsableUrl_AsksForOne(string? url)
    {
        var options = new SlackOptions { BotToken = "xoxb-1", Mode = SlackMode.Events, SigningSecret = "s", EventsUrl = url };
        Assert.Contains(Failures(options), f => f.StartsWith("Slack:EventsUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingTokens_NamesTheEnvironmentVariables()
    {
        var failures = Failures(new SlackOptions()).ToList();
        Assert.Contains(failures, f => f.Contains("Slack__BotToken", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Slack__AppToken", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("#support")]
    [InlineData("support")]
    public void Validate_ChannelNameInsteadOfId_AsksForTheId(string channel)
    {
        var options = Valid();
        options.TechnicianChannel = channel;
        Assert.Contains(Failures(options), f => f.Contains("channel id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("desk")]
    [InlineData("/de sk")]
    public void Validate_CommandWithoutSlash_IsRefused(string command)
    {
        var options = Valid();
        options.Command = command;
        Assert.Contains(Failures(options), f => f.StartsWith("Slack:Command", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ApiUrlNotAbsolute_IsRefused()
    {
        var options = Valid();
        options.ApiUrl = "slack.com/api";
        Assert.Contains(Failures(options), f => f.StartsWith("Slack:ApiUrl", StringComparison.Ordinal));
    }
}
