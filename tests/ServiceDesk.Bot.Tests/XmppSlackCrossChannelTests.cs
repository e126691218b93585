using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// One desk across Jabber (a real Prosody) and Slack (the fake) in one bot (issue 12): a Jabber requester's ticket taken
/// and answered by a Slack technician, and a Slack requester's ticket taken and answered by a Jabber technician; each
/// person answered on the channel they used.
/// </summary>
public sealed class XmppSlackCrossChannelTests : IAsyncLifetime
{
    private JabberAndSlackDesk _both = null!;

    public async Task InitializeAsync() => _both = await JabberAndSlackDesk.StartAsync(
        ["alice", "denis"],
        [new FakeSlackUser("U0BRUNO", "Bruno Martin", "fr-FR", "Europe/Paris"), new FakeSlackUser("U0CLARA", "Clara Moreau", "fr-FR", "Europe/Paris")],
        p =>
            [
                .. p.RoomArguments,
                "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Slack=U0BRUNO",
                "--Technicians:1:Name=Denis Roy", $"--Technicians:1:Xmpp={p.Jid("denis")}",
            ]);

    public Task DisposeAsync() => _both.DisposeAsync().AsTask();

    [Fact]
    public async Task JabberRequester_SlackTechnicianTakesAndAnswers_EachOnTheirChannel()
    {
        await using var alice = _both.Jabber.Person("alice");
        await alice.SayAsync("Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin");
        await alice.ExpectAsync("#1");

        var post = await _both.Desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre") && m.Text.Contains("#1", StringComparison.Ordinal));
        await _both.Desk.Slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions("U0BRUNO", TechChannel, post.Ts, "take_ticket", "1")));
        await alice.ExpectAsync("Bruno Martin, de l'équipe support, prend en charge votre demande #1");

        await _both.Desk.InChannelAsync("U0BRUNO", "Bonjour, pouvez-vous vérifier que Verr. Maj n'est pas activé ?", post.Ts);
        await alice.ExpectAsync("pouvez-vous vérifier que Verr. Maj n'est pas activé ?");
        await alice.SayAsync("Effectivement, c'était ça, merci !");
        await _both.Desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs == post.Ts && m.Text.Contains("Effectivement, c'était ça, merci !", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackRequester_JabberTechnicianTakesAndAnswers_EachOnTheirChannel()
    {
        await using var denis = _both.Jabber.Technician("denis", "Denis");
        await denis.JoinedAsync("/queue", "ticket");
        await _both.Desk.SayAsync("U0CLARA", "Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin");
        await _both.Desk.ExpectAsync(m => m.Channel == "D0CLARA" && m.Text.Contains("#1", StringComparison.Ordinal));

        await denis.ExpectInRoomAsync("#1", "/show 1");
        await denis.SayInRoomAsync("/take 1");
        await _both.Desk.ExpectAsync(m => m.Channel == "D0CLARA" && m.Text.Contains("Denis Roy, de l'équipe support, prend en charge votre demande #1", StringComparison.Ordinal));
        await denis.SayAsync("Bonjour, pouvez-vous redémarrer Outlook ?");
        await _both.Desk.ExpectAsync(m => m.Channel == "D0CLARA" && m.Text.Contains("pouvez-vous redémarrer Outlook ?", StringComparison.Ordinal));
        await _both.Desk.SayAsync("U0CLARA", "C'est fait, tout marche");
        await denis.ExpectAsync("#1 · ", "C'est fait, tout marche");
    }
}
