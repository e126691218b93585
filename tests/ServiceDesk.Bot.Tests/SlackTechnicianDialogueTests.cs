using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Technicians at work on Slack, through the bot's host over the fake Slack (issue 12): a ticket taken, transferred,
/// escalated, resolved and closed from its thread and through <c>/desk</c>; mistakes and usage hints answered privately
/// (<c>chat.postEphemeral</c> or the command's ephemeral answer), never in the channel; another person learns nothing of
/// someone's ticket. French and English.
/// </summary>
public sealed class SlackTechnicianDialogueTests : IAsyncLifetime
{
    private const string Alice = "U0ALICE";
    private const string John = "U0JOHN";
    private const string Eve = "U0EVE";
    private const string Kate = "U0KATE";
    private const string Bruno = "U0BRUNO";
    private const string Denis = "U0DENIS";
    private const string Sam = "U0SAM";

    private SlackDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await SlackDesk.StartAsync(
        [
            new FakeSlackUser(Alice, "Alice Durand", "fr-FR", "Europe/Paris"), new FakeSlackUser(John, "John Smith", "en-US", "America/New_York"),
            new FakeSlackUser(Eve, "Eve Petit", "fr-FR", "Europe/Paris"), new FakeSlackUser(Kate, "Kate Brown", "en-GB", "Europe/London"),
            new FakeSlackUser(Bruno, "Bruno Martin", "fr-FR", "Europe/Paris"), new FakeSlackUser(Denis, "Denis Roy", "fr-FR", "Europe/Paris"),
            new FakeSlackUser(Sam, "Sam Carter", "en-GB", "Europe/London"),
        ],
        "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}",
        "--Technicians:1:Name=Denis Roy", $"--Technicians:1:Slack={Denis}", "--Technicians:1:Level=2", "--Technicians:1:Groups:0=réseau",
        "--Technicians:2:Name=Sam Carter", $"--Technicians:2:Slack={Sam}", "--Technicians:2:Language=en");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    /// <summary>
    /// FR: Bruno's mistake in the channel is his alone; he takes the ticket by typing "take" in its thread, transfers it to
    /// the network group, Denis takes it there and resolves it (his usage slip private, in the thread), Alice confirms, Bruno
    /// closes it; Eve, asking about ticket 1, learns nothing of it.
    /// </summary>
    [Fact]
    public async Task Fr_ThreadTakeTransferResolveClose_MistakesPrivateOtherPersonLearnsNothing()
    {
        await _desk.SayAsync(Alice, "Je veux parler à un technicien : Outlook refuse mon mot de passe depuis ce matin");
        await _desk.ExpectDmAsync(Alice, "#1");
        var post = await _desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));

        await _desk.InChannelAsync(Bruno, " /take");
        var hint = await _desk.ExpectEphemeralAsync(Bruno, "Usage : /take N");
        Assert.Equal(TechChannel, (string?)hint["channel"]);

        await _desk.InChannelAsync(Bruno, "take", post.Ts);
        await _desk.ExpectDmAsync(Alice, "Bruno Martin, de l'équipe support, prend en charge votre demande #1");
        await _desk.ExpectAsync(m => m.ThreadTs == post.Ts && m.Text.StartsWith("Vous avez pris #1", StringComparison.Ordinal));

        await _desk.InChannelAsync(Bruno, " /transfer réseau le câble du poste est à vérifier", post.Ts);
        await _desk.ExpectDmAsync(Alice, "Votre demande #1 a été confiée à un spécialiste");
        await _desk.ExpectAsync(m => m.ThreadTs == post.Ts && m.Text.Contains("#1 transféré au groupe réseau", StringComparison.Ordinal));

        await _desk.InChannelAsync(Denis, "take", post.Ts);
        await _desk.ExpectDmAsync(Alice, "Denis Roy, de l'équipe support, prend en charge votre demande #1");
        await _desk.InChannelAsync(Denis, "Pouvez-vous débrancher puis rebrancher le câble réseau ?", post.Ts);
        await _desk.ExpectDmAsync(Alice, "Pouvez-vous débrancher puis rebrancher le câble réseau ?");
        await _desk.SayAsync(Alice, "c'est fait, Outlook se connecte");
        await _desk.ExpectAsync(m => m.ThreadTs == post.Ts && m.Text.Contains("c'est fait, Outlook se connecte", StringComparison.Ordinal));

        await _desk.InChannelAsync(Denis, " /resolve câble remplacé", post.Ts);
        var usage = await _desk.ExpectEphemeralAsync(Denis, "Usage : /resolve N definitive|temporary solution");
        Assert.Equal(post.Ts, (string?)usage["thread_ts"]);
        await _desk.InChannelAsync(Denis, " /resolve definitive câble réseau remplacé", post.Ts);
        await _desk.ExpectDmAsync(Alice, "Votre demande #1 est résolue : câble réseau remplacé");
        await _desk.SayAsync(Alice, "oui");
        await _desk.ExpectDmAsync(Alice, "Merci pour votre confirmation");

        await _desk.InChannelAsync(Bruno, "close", post.Ts);
        await _desk.ExpectDmAsync(Alice, "Votre demande #1 est clôturée");

        await _desk.SayAsync(Eve, "où en est ma demande #1 ?");
        await _desk.ExpectAsync(m => m.Channel == Dm(Eve));
        await _desk.DeskCommandAsync(Eve, "show 1", "eve-show");
        await _desk.ExpectResponseAsync("eve-show", "réservée aux techniciens");

        var eveSaw = string.Join('\n', _desk.Slack.Messages.Where(m => m.Channel == Dm(Eve)).Select(m => m.Text)
            .Concat(_desk.Slack.ResponseUrlPosts.Where(p => p.Id == "eve-show").Select(p => (string?)p.Body["text"] ?? "")));
        foreach (var secret in new[] { "Outlook", "Alice", "Bruno", "Denis", "câble", "mot de passe" })
        {
            Assert.DoesNotContain(secret, eveSaw, StringComparison.OrdinalIgnoreCase);
        }

        AssertNothingPrivateInTheChannel("Usage", "Commande inconnue");
    }

    /// <summary>
    /// EN: Sam takes John's ticket with /desk (a typo answered privately), escalates it from the thread, Denis takes it,
    /// relays, resolves it with /desk, John confirms, Sam closes it; Kate learns nothing and her /desk is refused privately.
    /// </summary>
    [Fact]
    public async Task En_DeskTakeEscalateResolveClose_TypoPrivateOtherPersonLearnsNothing()
    {
        await _desk.SayAsync(John, "I want to talk to a technician: Outlook rejects my password since this morning");
        await _desk.ExpectDmAsync(John, "#1");
        var post = await _desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));

        await _desk.DeskCommandAsync(Sam, "tkae 1", "sam-typo");
        await _desk.ExpectResponseAsync("sam-typo", "Unknown command: /tkae");
        await _desk.DeskCommandAsync(Sam, "take 1", "sam-take");
        await _desk.ExpectResponseAsync("sam-take", "You took #1");
        await _desk.ExpectDmAsync(John, "Sam Carter, from the support team, is now handling your request #1");

        await _desk.InChannelAsync(Sam, " /escalate no time left on my side today", post.Ts);
        await _desk.ExpectDmAsync(John, "Your request #1 has been passed to a specialist");
        await _desk.ExpectAsync(m => m.ThreadTs == post.Ts && m.Text.Contains("#1 escalated to level 2", StringComparison.Ordinal));

        await _desk.DeskCommandAsync(Denis, "take 1", "denis-take");
        await _desk.ExpectDmAsync(John, "Denis Roy, from the support team, is now handling your request #1");
        await _desk.InChannelAsync(Denis, "Could you restart the laptop, please?", post.Ts);
        await _desk.ExpectDmAsync(John, "Could you restart the laptop, please?");
        await _desk.SayAsync(John, "done, it works now");
        await _desk.ExpectAsync(m => m.ThreadTs == post.Ts && m.Text.Contains("done, it works now", StringComparison.Ordinal));

        await _desk.DeskCommandAsync(Denis, "resolve 1 definitive network driver reinstalled", "denis-resolve");
        await _desk.ExpectDmAsync(John, "Your request #1 is resolved: network driver reinstalled");
        await _desk.SayAsync(John, "yes");
        await _desk.ExpectDmAsync(John, "Thank you for confirming");
        await _desk.DeskCommandAsync(Sam, "close 1", "sam-close");
        await _desk.ExpectDmAsync(John, "Your request #1 is now closed");

        await _desk.SayAsync(Kate, "what is the status of my request #1?");
        await _desk.ExpectAsync(m => m.Channel == Dm(Kate));
        await _desk.DeskCommandAsync(Kate, "queue", "kate-queue");
        await _desk.ExpectResponseAsync("kate-queue", "for support technicians only");

        var kateSaw = string.Join('\n', _desk.Slack.Messages.Where(m => m.Channel == Dm(Kate)).Select(m => m.Text)
            .Concat(_desk.Slack.ResponseUrlPosts.Where(p => p.Id == "kate-queue").Select(p => (string?)p.Body["text"] ?? "")));
        foreach (var secret in new[] { "Outlook", "John", "Sam", "Denis", "driver", "password" })
        {
            Assert.DoesNotContain(secret, kateSaw, StringComparison.OrdinalIgnoreCase);
        }

        AssertNothingPrivateInTheChannel("Usage", "Unknown command");
    }

    private void AssertNothingPrivateInTheChannel(params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            Assert.DoesNotContain(_desk.Slack.Messages, m => m.Channel == TechChannel && m.Text.Contains(fragment, StringComparison.Ordinal));
        }
    }
}
