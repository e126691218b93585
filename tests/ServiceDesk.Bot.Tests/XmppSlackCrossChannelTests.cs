using ServiceDesk.Bot.Tests.Support;
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
    private const string TechChannel = "C0TECH";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private ProsodyDesk _desk = null!;
    private FakeSlack _slack = null!;

    public async Task InitializeAsync()
    {
        _desk = await ProsodyDesk.StartServerAsync(["alice", "denis"]);
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser(new FakeSlackUser("U0BRUNO", "Bruno Martin", "fr-FR", "Europe/Paris"));
        _slack.AddUser(new FakeSlackUser("U0CLARA", "Clara Moreau", "fr-FR", "Europe/Paris"));
        await _desk.StartBotAsync(
            [
                .. _desk.RoomArguments, "--Dialogue:BurstPause=0",
                $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}", $"--Slack:ApiUrl={_slack.ApiUrl}",
                $"--Slack:TechnicianChannel={TechChannel}",
                "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Slack=U0BRUNO",
                "--Technicians:1:Name=Denis Roy", $"--Technicians:1:Xmpp={_desk.Jid("denis")}",
            ]);
        await FakeSlack.EventuallyAsync(() => _slack.OpenSockets.Count == 1, "the bot's Socket Mode connection", Wait);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await _desk.DisposeAsync();
        }
        finally
        {
            await _slack.DisposeAsync();
        }
    }

    [Fact]
    public async Task JabberRequester_SlackTechnicianTakesAndAnswers_EachOnTheirChannel()
    {
        await using var alice = _desk.Person("alice");
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
        await using var denis = _desk.Technician("denis", "Denis");
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
            throw new InvalidOperationException("Not posted. The bot posted:\n" + string.Join("\n---\n", _slack.Messages.Select(m => $"[{m.Channel} {m.ThreadTs}] {m.Text}")) + "\n" + _desk.Bot.Logs.Dump(), error);
        }

        return found!;
    }
}
