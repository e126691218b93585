using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Whole dialogues through the bot's host over the fake Slack (issue 12): a requester in a direct message, a technician in
/// the technicians' channel and through <c>/desk</c>, every envelope acknowledged only once kept.
/// </summary>
public sealed class SlackDialogueTests : IAsyncLifetime
{
    private const string Alice = "U0ALICE";
    private const string Bruno = "U0BRUNO";
    private const string Eve = "U0EVE";
    private const string John = "U0JOHN";
    private static readonly string AliceDm = Dm(Alice);

    private SlackDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await SlackDesk.StartAsync(
        [
            new FakeSlackUser(Alice, "Alice Durand", "fr-FR", "Europe/Paris"), new FakeSlackUser(Bruno, "Bruno Martin", "en-GB", "Europe/London"),
            new FakeSlackUser(Eve, "Eve Petit", "fr-FR", "Europe/Paris"),
        ],
        "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}", "--Technicians:0:Language=en");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    /// <summary>
    /// FR: a DM to a ticket with buttons (a click is the answer and the question shows it without its buttons), the
    /// ticket posted once in the technicians' channel with a Take button, taken by a click, the conversation relayed both
    /// ways in the post's thread, the status question; /desk from a non-technician refused privately.
    /// </summary>
    [Fact]
    public async Task Dm_ButtonsTicketTakeFromThreadRelayAndStatus_EachPersonAnsweredWhereTheyWrote()
    {
        await _desk.SayAsync(Alice, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        var who = await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Qui est touché", StringComparison.Ordinal) && m.ButtonLabels.Count > 0);
        Assert.StartsWith("1. ", who.ButtonLabels[0], StringComparison.Ordinal);
        Assert.Contains("\n1. ", who.Text, StringComparison.Ordinal);

        await _desk.Slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions(Alice, AliceDm, who.Ts, "choice_1", "1")));
        await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("où en êtes-vous", StringComparison.Ordinal));
        var answered = _desk.Slack.Messages.Single(m => m.Ts == who.Ts);
        Assert.Empty(answered.ButtonLabels);
        Assert.Contains("→ *1.", answered.Text, StringComparison.Ordinal);

        await _desk.SayAsync(Alice, "bloquée");
        await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Si je vous comprends bien", StringComparison.Ordinal));
        await _desk.SayAsync(Alice, "oui");
        await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("C'est un problème connu", StringComparison.Ordinal));
        await _desk.SayAsync(Alice, "non");
        await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("est enregistrée", StringComparison.Ordinal));

        await _desk.SayAsync(Alice, "où en est ma demande ?");
        await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.StartsWith("Votre demande :", StringComparison.Ordinal) && m.Text.Contains("#1", StringComparison.Ordinal));

        var post = await _desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));
        await _desk.Slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions(Bruno, TechChannel, post.Ts, "take_ticket", "1")));
        await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Bruno Martin", StringComparison.Ordinal));

        await _desk.InChannelAsync(Bruno, "Could you restart Outlook, please?", post.Ts);
        await _desk.ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Could you restart Outlook", StringComparison.Ordinal));
        await _desk.SayAsync(Alice, "c'est fait, ça marche");
        await _desk.ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs == post.Ts && m.Text.Contains("c'est fait, ça marche", StringComparison.Ordinal));

        await _desk.Slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(Eve, Dm(Eve), "/desk", "take 1", _desk.Slack.ResponseUrl("eve-1").ToString())));
        await _desk.EventuallyAsync(() => _desk.Slack.ResponseUrlPosts.Any(p => p.Id == "eve-1"), "the private refusal");
        var refusal = _desk.Slack.ResponseUrlPosts.Single(p => p.Id == "eve-1").Body;
        Assert.Equal("ephemeral", (string?)refusal["response_type"]);
        Assert.Contains("réservée aux techniciens", (string?)refusal["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(_desk.Slack.Messages, m => m.Channel == TechChannel && m.Text.Contains("réservée", StringComparison.Ordinal));
        Assert.DoesNotContain(_desk.Slack.Messages, m => m.Channel == Dm(Eve));

        Assert.Single(_desk.Slack.Messages, m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));
    }

    /// <summary>EN: the technician takes the ticket with /desk take N (answered privately), then resolves it; the requester confirms.</summary>
    [Fact]
    public async Task SlashTake_ThenResolve_RequesterAskedToConfirmInEnglish()
    {
        _desk.Slack.AddUser(new FakeSlackUser(John, "John Smith", "en-US", "America/New_York"));
        await _desk.SayAsync(John, "Hello, since Monday Outlook says the password is wrong every time, nothing changed, I am on PC-0423");

        // Whatever the bot still needs to ask, answered as a person would, until the request is recorded.
        (string Question, string Answer)[] answers =
        [
            ("error message", "\"Incorrect password\""), ("Who is affected", "1"), ("affect your work", "blocked"),
            ("If I understand", "yes"), ("known problem", "no"),
        ];
        var answered = 0;
        int AnsweredSoFar() => answered;
        for (var step = 0; step < 10; step++)
        {
            // A question may come in two messages (an apology, then the question), one second apart (Slack's pace).
            var last = await _desk.ExpectAsync(m => m.Channel == Dm(John) && (m.Text.Contains("is recorded", StringComparison.Ordinal)
                || answers.Any(a => m.Text.Contains(a.Question, StringComparison.Ordinal))), AnsweredSoFar());
            if (last.Text.Contains("is recorded", StringComparison.Ordinal))
            {
                break;
            }

            var (_, answer) = answers.FirstOrDefault(a => last.Text.Contains(a.Question, StringComparison.Ordinal));
            Assert.True(answer is not null, "Unexpected question: " + last.Text);
            await _desk.SayAsync(John, answer);
            answered++;
        }

        await _desk.ExpectAsync(m => m.Channel == Dm(John) && m.Text.Contains("is recorded", StringComparison.Ordinal));

        await _desk.DeskCommandAsync(Bruno, "take 1", "bruno-1");
        await _desk.EventuallyAsync(() => _desk.Slack.ResponseUrlPosts.Any(p => p.Id == "bruno-1"), "the private answer to /desk take");
        await _desk.ExpectAsync(m => m.Channel == Dm(John) && m.Text.Contains("Bruno Martin", StringComparison.Ordinal));

        await _desk.DeskCommandAsync(Bruno, "resolve 1 definitive Outlook profile rebuilt", "bruno-2");
        await _desk.ExpectAsync(m => m.Channel == Dm(John) && m.Text.Contains("Outlook profile rebuilt", StringComparison.Ordinal));
        Assert.Equal("ephemeral", (string?)_desk.Slack.ResponseUrlPosts.First(p => p.Id == "bruno-1").Body["response_type"]);
    }

    /// <summary>Slack delivers the same envelope twice: the person is answered once.</summary>
    [Fact]
    public async Task SameEnvelopeTwice_AnsweredOnce()
    {
        await _desk.Slack.SendTwiceAsync(EventsApiEnvelope(MessageEvent(Eve, Dm(Eve), "où en est ma demande ?")));
        await _desk.ExpectAsync(m => m.Channel == Dm(Eve) && m.Text.Contains("aucune demande", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(_desk.Slack.Messages, m => m.Channel == Dm(Eve));
    }

    /// <summary>Faults while answering: a 500 then a 429 on chat.postMessage, and the socket dropped mid-conversation.</summary>
    [Fact]
    public async Task ServerErrorsAndDroppedSocket_MidConversation_ConversationGoesOnWithNothingLost()
    {
        _desk.Slack.FailNext("chat.postMessage", 500);
        await _desk.SayAsync(Eve, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        await _desk.ExpectAsync(m => m.Channel == Dm(Eve) && m.Text.Contains("Qui est touché", StringComparison.Ordinal));

        var opened = _desk.Slack.Sockets.Count;
        _desk.Slack.DropConnections();
        await _desk.EventuallyAsync(() => _desk.Slack.Sockets.Count > opened && _desk.Slack.OpenSockets.Count == 1, "a new Socket Mode connection");
        _desk.Slack.FailNext("chat.postMessage", 429, retryAfter: TimeSpan.FromSeconds(1));
        await _desk.SayAsync(Eve, "juste moi");
        await _desk.ExpectAsync(m => m.Channel == Dm(Eve) && m.Text.Contains("où en êtes-vous", StringComparison.Ordinal));

        Assert.Single(_desk.Slack.Messages, m => m.Channel == Dm(Eve) && m.Text.Contains("Qui est touché", StringComparison.Ordinal));
        Assert.Single(_desk.Slack.Messages, m => m.Channel == Dm(Eve) && m.Text.Contains("où en êtes-vous", StringComparison.Ordinal));
    }
}
