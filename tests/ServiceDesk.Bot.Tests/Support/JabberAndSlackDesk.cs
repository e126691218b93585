using ServiceDesk.Testing.FakeSlack;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// One bot on both networks: a real Prosody with the people given (<see cref="Jabber"/>, no bot of its own) and the fake
/// Slack with the bot started against both (<see cref="Desk"/>). Stopped in reverse order, Prosody last even when stopping
/// the bot fails (a failed test must not leave Prosody running).
/// </summary>
internal sealed class JabberAndSlackDesk : IAsyncDisposable
{
    private JabberAndSlackDesk(ProsodyDesk jabber, SlackDesk desk) => (Jabber, Desk) = (jabber, desk);

    /// <summary>The Jabber side: the server and its people.</summary>
    public ProsodyDesk Jabber { get; }

    /// <summary>The fake Slack and the bot, which serves both networks.</summary>
    public SlackDesk Desk { get; }

    /// <summary>
    /// Starts Prosody with <paramref name="jabberPeople"/>, then the bot on it and on the fake Slack with
    /// <paramref name="slackUsers"/>, with the bot's Jabber arguments and those <paramref name="arguments"/> gives.
    /// </summary>
    public static async Task<JabberAndSlackDesk> StartAsync(
        IEnumerable<string> jabberPeople, IEnumerable<FakeSlackUser> slackUsers, Func<ProsodyDesk, IEnumerable<string>> arguments)
    {
        var jabber = await ProsodyDesk.StartServerAsync(jabberPeople);
        try
        {
            return new JabberAndSlackDesk(jabber, await SlackDesk.StartAsync(slackUsers, [.. jabber.XmppArguments, .. arguments(jabber)]));
        }
        catch
        {
            await jabber.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Desk.DisposeAsync();
        }
        finally
        {
            await Jabber.DisposeAsync();
        }
    }
}
