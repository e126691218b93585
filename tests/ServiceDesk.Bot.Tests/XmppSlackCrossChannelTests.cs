using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// One desk across Jabber (a real Prosody) and Slack (the fake) in one bot (issue 12): a Jabber requester's ticket taken
/// and answered by a Slack technician, and a Slack requester's ticket taken and answered by a Jabber technician; each
/// person answered on the channel they used.
/// </summary>
public sealed class XmppSlackCrossChannelTests : IAsyncLifetime
{
    private const string Password = "s3cret-test";
    private const string TechChannel = "C0TECH";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private ProsodyServer _server = null!;
    private FakeSlack _slack = null!;
    private RunningBot _bot = null!;
    private string _room = "";

    public async Task InitializeAsync()
    {
        _server = await ProsodyServer.StartAsync([("servicedesk", Password), ("alice", Password), ("denis", Password)], CancellationToken.None);
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser(new FakeSlackUser("U0BRUNO", "Bruno Martin", "fr-FR", "Europe/Paris"));
        _slack.AddUser(new FakeSlackUser("U0CLARA", "Clara Moreau", "fr-FR", "Europe/Paris"));
        _room = "techs@" + _server.ConferenceDomain;
        _bot = await RunningBot.StartAsync(_server, "servicedesk", Password,
            $"--Xmpp:TechnicianRoom={_room}", "--Xmpp:RoomNick=ServiceDesk", "--Dialogue:BurstPause=0",
            $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}", $"--Slack:ApiUrl={_slack.ApiUrl}",
            $"--Slack:TechnicianChannel={TechChannel}",
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Slack=U0BRUNO",
            "--Technicians:1:Name=Denis Roy", $"--Technicians:1:Xmpp={_server.Jid("denis")}");
        await FakeSlack.EventuallyAsync(() => _slack.OpenSockets.Count == 1, "the bot's Socket Mode connection", Wait);
    }

    public async Task DisposeAsync()
    {
        await RunningBot.StopAsync(_bot, _server);
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task JabberRequester_SlackTechnicianTakesAndAnswers_EachOnTheirChannel()
    {
        await using var alice = new XmppUser(_server, "alice", Password, "servicedesk");
        await alice.SayAsync("Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin");
        await alice.ExpectAsync("#1");

        var post = await PostedAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre") && m.Text.Contains("#1", StringComparison.Ordinal));
        await _slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions("U0BRUNO", TechChannel, post.Ts, "take_ticket", "1")));
        await alice.ExpectAsync("Bruno Martin, de l'équipe support, prend en charge votre demande #1");

        await _slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent("U0BRUNO", TechChannel, "Bonjour, pouvez-vous vérifier que Verr. Maj n'est pas activé ?", "channel", threadTs: post.Ts)));
        await alice.ExpectAsync("pouvez-vous vérifier que Verr. Maj n'est pas activé ?");
        await alice.SayAsync("Effectivement, c'était ça, merci !");
        await PostedAsync(m => m.Channel == TechChannel && m.ThreadTs == post.Ts && m.Text.Contains("Effectivement, c'était ça, merci !", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackRequester_JabberTechnicianTakesAndAnswers_EachOnTheirChannel()
    {
        await using var denis = new XmppUser(_server, "denis", Password, "servicedesk", _room, "Denis");
        await denis.JoinedAsync("/queue", "ticket");
        await _slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent("U0CLARA", "D0CLARA", "Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin")));
        await PostedAsync(m => m.Channel == "D0CLARA" && m.Text.Contains("#1", StringComparison.Ordinal));

        await denis.ExpectInRoomAsync("#1", "/show 1");
        await denis.SayInRoomAsync("/take 1");
        await PostedAsync(m => m.Channel == "D0CLARA" && m.Text.Contains("Denis Roy, de l'équipe support, prend en charge votre demande #1", StringComparison.Ordinal));
        await denis.SayAsync("Bonjour, pouvez-vous redémarrer Outlook ?");
        await PostedAsync(m => m.Channel == "D0CLARA" && m.Text.Contains("pouvez-vous redémarrer Outlook ?", StringComparison.Ordinal));
        await _slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent("U0CLARA", "D0CLARA", "C'est fait, tout marche")));
        await denis.ExpectAsync("#1 · ", "C'est fait, tout marche");
    }

    private async Task<FakeSlackMessage> PostedAsync(Func<FakeSlackMessage, bool> wanted)
    {
        FakeSlackMessage? found = null;
        try
        {
            await FakeSlack.EventuallyAsync(() => (found = _slack.Messages.FirstOrDefault(wanted)) is not null, "a Slack message", Wait);
        }
        catch (TimeoutException error)
        {
            throw new InvalidOperationException("Not posted. The bot posted:\n" + string.Join("\n---\n", _slack.Messages.Select(m => $"[{m.Channel} {m.ThreadTs}] {m.Text}")) + "\n" + _bot.Logs.Dump(), error);
        }

        return found!;
    }
}
