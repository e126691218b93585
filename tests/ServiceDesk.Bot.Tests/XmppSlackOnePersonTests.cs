using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// One person on Jabber (a real Prosody) and Slack (the fake), linked by configuration (<c>People:0</c>), with the real bot
/// (issue 12: "One person may write from both channels: they are two requesters unless configuration links them"): a
/// request begun on Jabber and finished on Slack is one ticket; the technician's words reach the person where they last
/// wrote, also after the bot restarts.
/// </summary>
public sealed class XmppSlackOnePersonTests : IAsyncLifetime
{
    private const string AliceSlack = "U0ALICE";
    private static readonly string AliceDm = Dm(AliceSlack);
    private JabberAndSlackDesk _both = null!;

    public async Task InitializeAsync() => _both = await JabberAndSlackDesk.StartAsync(
        ["alice"],
        [new FakeSlackUser("U0BRUNO", "Bruno Martin", "fr-FR", "Europe/Paris"), new FakeSlackUser(AliceSlack, "alice.martin", "fr-FR", "Europe/Paris")],
        p =>
            [
                "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Slack=U0BRUNO",
                "--People:0:Name=Alice Martin", $"--People:0:Xmpp={p.Jid("alice")}", $"--People:0:Slack={AliceSlack}",
            ]);

    public Task DisposeAsync() => _both.DisposeAsync().AsTask();

    [Fact]
    public async Task JabberThenSlack_OneTicket_TechnicianReachesTheLastChannelAlsoAfterARestart()
    {
        await using var alice = _both.Jabber.Person("alice");
        await alice.SayAsync("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        await alice.ExpectAsync("Qui est touché");

        // She goes on from Slack: the same conversation, answered there.
        await SayOnSlackAsync("juste moi");
        await _both.Desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("où en êtes-vous", StringComparison.Ordinal));
        await alice.SayAsync("bloquée");
        await alice.ExpectAsync("Si je vous comprends bien");
        await SayOnSlackAsync("oui");
        await _both.Desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("C'est un problème connu", StringComparison.Ordinal));
        await SayOnSlackAsync("non");
        await _both.Desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("#1", StringComparison.Ordinal) && m.Text.Contains("est enregistrée", StringComparison.Ordinal));

        // Bruno takes it from the technicians' channel: Alice is told on Slack, where she last wrote.
        var post = await _both.Desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre") && m.Text.Contains("#1", StringComparison.Ordinal));
        Assert.Equal(1, _both.Desk.Slack.Messages.Count(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre")));
        await _both.Desk.Slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions("U0BRUNO", TechChannel, post.Ts, "take_ticket", "1")));
        await _both.Desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Bruno Martin, de l'équipe support, prend en charge votre demande #1", StringComparison.Ordinal));
        await InThreadAsync(post, "Pouvez-vous vérifier que Verr. Maj n'est pas activé ?");
        await _both.Desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Verr. Maj n'est pas activé ?", StringComparison.Ordinal));

        // She answers from Jabber: Bruno reads it in the thread, and his next words reach her on Jabber.
        await alice.SayAsync("Verr. Maj était éteint, toujours pareil");
        await _both.Desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs == post.Ts && m.Text.Contains("Verr. Maj était éteint, toujours pareil", StringComparison.Ordinal));
        await InThreadAsync(post, "Essayez de redémarrer Outlook, s'il vous plaît.");
        await alice.ExpectAsync("Essayez de redémarrer Outlook");

        // Back on Slack, then the bot restarts: what Bruno says still goes to Slack.
        await SayOnSlackAsync("Où en est ma demande ?");
        await _both.Desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("#1 — « Bonjour, depuis lundi Outlook", StringComparison.Ordinal));
        await RestartBotAsync();
        await InThreadAsync(post, "Je réinitialise votre mot de passe.");
        await _both.Desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Je réinitialise votre mot de passe.", StringComparison.Ordinal));

        Assert.DoesNotContain(alice.Transcript, t => t.Contains("prend en charge", StringComparison.Ordinal) || t.Contains("réinitialise", StringComparison.Ordinal));
        Assert.DoesNotContain(_both.Desk.Slack.Messages, m => m.Channel == AliceDm && m.Text.Contains("redémarrer Outlook", StringComparison.Ordinal));
    }

    private async Task RestartBotAsync()
    {
        await _both.Desk.StopBotAsync();
        await _both.Desk.StartBotAsync();
    }

    private Task SayOnSlackAsync(string text) => _both.Desk.SayAsync(AliceSlack, text);

    private Task InThreadAsync(FakeSlackMessage post, string text) => _both.Desk.InChannelAsync("U0BRUNO", text, post.Ts);
}
