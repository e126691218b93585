using Microsoft.Extensions.Hosting;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Whole dialogues through the bot's host over the fake Slack (issue 12): a requester in a direct message, a technician in
/// the technicians' channel and through <c>/desk</c>, every envelope acknowledged only once kept.
/// </summary>
public sealed class SlackDialogueTests : IAsyncLifetime
{
    private const string TechChannel = "C0TECH";
    private const string Alice = "U0ALICE";
    private const string AliceDm = "D0ALICE";
    private const string Bruno = "U0BRUNO";
    private const string Eve = "U0EVE";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("slack-dialogue-").FullName;
    private readonly CollectingLoggerProvider _logs = new();
    private FakeSlack _slack = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser(new FakeSlackUser(Alice, "Alice Durand", "fr-FR", "Europe/Paris"));
        _slack.AddUser(new FakeSlackUser(Bruno, "Bruno Martin", "en-GB", "Europe/London"));
        _slack.AddUser(new FakeSlackUser(Eve, "Eve Petit", "fr-FR", "Europe/Paris"));
        _host = BotHost.Build(
        [
            $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0",
            "--Console:Enabled=false", $"--Slack:BotToken={FakeSlack.BotToken}", $"--Slack:AppToken={FakeSlack.AppToken}",
            $"--Slack:ApiUrl={_slack.ApiUrl}", $"--Slack:TechnicianChannel={TechChannel}",
            "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}", "--Technicians:0:Language=en",
        ], TextReader.Null, TextWriter.Null, [_logs]) ?? throw new InvalidOperationException("No channel.");
        await _host.StartAsync();
        await FakeSlack.EventuallyAsync(() => _slack.OpenSockets.Count == 1, "the bot's Socket Mode connection", Wait);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _slack.DisposeAsync();
        _logs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// FR: a DM to a ticket with buttons (a click is the answer and the question shows it without its buttons), the
    /// ticket posted once in the technicians' channel with a Take button, taken by a click, the conversation relayed both
    /// ways in the post's thread, the status question; /desk from a non-technician refused privately.
    /// </summary>
    [Fact]
    public async Task Dm_ButtonsTicketTakeFromThreadRelayAndStatus_EachPersonAnsweredWhereTheyWrote()
    {
        await SayAsync(Alice, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        var who = await ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Qui est touché", StringComparison.Ordinal) && m.ButtonLabels.Count > 0);
        Assert.StartsWith("1. ", who.ButtonLabels[0], StringComparison.Ordinal);
        Assert.Contains("\n1. ", who.Text, StringComparison.Ordinal);

        await _slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions(Alice, AliceDm, who.Ts, "choice_1", "1")));
        await ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("où en êtes-vous", StringComparison.Ordinal));
        var answered = _slack.Messages.Single(m => m.Ts == who.Ts);
        Assert.Empty(answered.ButtonLabels);
        Assert.Contains("→ *1.", answered.Text, StringComparison.Ordinal);

        await SayAsync(Alice, "bloquée");
        await ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Si je vous comprends bien", StringComparison.Ordinal));
        await SayAsync(Alice, "oui");
        await ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("C'est un problème connu", StringComparison.Ordinal));
        await SayAsync(Alice, "non");
        await ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("est enregistrée", StringComparison.Ordinal));

        await SayAsync(Alice, "où en est ma demande ?");
        await ExpectAsync(m => m.Channel == AliceDm && m.Text.StartsWith("Votre demande :", StringComparison.Ordinal) && m.Text.Contains("#1", StringComparison.Ordinal));

        var post = await ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));
        await _slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions(Bruno, TechChannel, post.Ts, "take_ticket", "1")));
        await ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Bruno Martin", StringComparison.Ordinal));

        await _slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(Bruno, TechChannel, "Could you restart Outlook, please?", "channel", threadTs: post.Ts)));
        await ExpectAsync(m => m.Channel == AliceDm && m.Text.Contains("Could you restart Outlook", StringComparison.Ordinal));
        await SayAsync(Alice, "c'est fait, ça marche");
        await ExpectAsync(m => m.Channel == TechChannel && m.ThreadTs == post.Ts && m.Text.Contains("c'est fait, ça marche", StringComparison.Ordinal));

        await _slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(Eve, "D0EVE", "/desk", "take 1", _slack.ResponseUrl("eve-1").ToString())));
        await FakeSlack.EventuallyAsync(() => _slack.ResponseUrlPosts.Any(p => p.Id == "eve-1"), "the private refusal", Wait);
        var refusal = _slack.ResponseUrlPosts.Single(p => p.Id == "eve-1").Body;
        Assert.Equal("ephemeral", (string?)refusal["response_type"]);
        Assert.Contains("réservée aux techniciens", (string?)refusal["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(_slack.Messages, m => m.Channel == TechChannel && m.Text.Contains("réservée", StringComparison.Ordinal));
        Assert.DoesNotContain(_slack.Messages, m => m.Channel == "D0EVE");

        Assert.Single(_slack.Messages, m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));
    }

    /// <summary>EN: the technician takes the ticket with /desk take N (answered privately), then resolves it; the requester confirms.</summary>
    [Fact]
    public async Task SlashTake_ThenResolve_RequesterAskedToConfirmInEnglish()
    {
        _slack.AddUser(new FakeSlackUser("U0JOHN", "John Smith", "en-US", "America/New_York"));
        await SayAsync("U0JOHN", "Hello, since Monday Outlook says the password is wrong every time, nothing changed, I am on PC-0423");

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
            var last = await ExpectAsync(m => m.Channel == "D0JOHN" && (m.Text.Contains("is recorded", StringComparison.Ordinal)
                || answers.Any(a => m.Text.Contains(a.Question, StringComparison.Ordinal))), AnsweredSoFar());
            if (last.Text.Contains("is recorded", StringComparison.Ordinal))
            {
                break;
            }

            var (_, answer) = answers.FirstOrDefault(a => last.Text.Contains(a.Question, StringComparison.Ordinal));
            Assert.True(answer is not null, "Unexpected question: " + last.Text);
            await SayAsync("U0JOHN", answer);
            answered++;
        }

        await ExpectAsync(m => m.Channel == "D0JOHN" && m.Text.Contains("is recorded", StringComparison.Ordinal));

        await _slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(Bruno, TechChannel, "/desk", "take 1", _slack.ResponseUrl("bruno-1").ToString())));
        await FakeSlack.EventuallyAsync(() => _slack.ResponseUrlPosts.Any(p => p.Id == "bruno-1"), "the private answer to /desk take", Wait);
        await ExpectAsync(m => m.Channel == "D0JOHN" && m.Text.Contains("Bruno Martin", StringComparison.Ordinal));

        await _slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand(Bruno, TechChannel, "/desk", "resolve 1 definitive Outlook profile rebuilt", _slack.ResponseUrl("bruno-2").ToString())));
        await ExpectAsync(m => m.Channel == "D0JOHN" && m.Text.Contains("Outlook profile rebuilt", StringComparison.Ordinal));
        Assert.Equal("ephemeral", (string?)_slack.ResponseUrlPosts.First(p => p.Id == "bruno-1").Body["response_type"]);
    }

    /// <summary>Slack delivers the same envelope twice: the person is answered once.</summary>
    [Fact]
    public async Task SameEnvelopeTwice_AnsweredOnce()
    {
        await _slack.SendTwiceAsync(EventsApiEnvelope(MessageEvent(Eve, "D0EVE", "où en est ma demande ?")));
        await ExpectAsync(m => m.Channel == "D0EVE" && m.Text.Contains("aucune demande", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(_slack.Messages, m => m.Channel == "D0EVE");
    }

    /// <summary>Faults while answering: a 500 then a 429 on chat.postMessage, and the socket dropped mid-conversation.</summary>
    [Fact]
    public async Task ServerErrorsAndDroppedSocket_MidConversation_ConversationGoesOnWithNothingLost()
    {
        _slack.FailNext("chat.postMessage", 500);
        await SayAsync(Eve, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        await ExpectAsync(m => m.Channel == "D0EVE" && m.Text.Contains("Qui est touché", StringComparison.Ordinal));

        var opened = _slack.Sockets.Count;
        _slack.DropConnections();
        await FakeSlack.EventuallyAsync(() => _slack.Sockets.Count > opened && _slack.OpenSockets.Count == 1, "a new Socket Mode connection", Wait);
        _slack.FailNext("chat.postMessage", 429, retryAfter: TimeSpan.FromSeconds(1));
        await SayAsync(Eve, "juste moi");
        await ExpectAsync(m => m.Channel == "D0EVE" && m.Text.Contains("où en êtes-vous", StringComparison.Ordinal));

        Assert.Single(_slack.Messages, m => m.Channel == "D0EVE" && m.Text.Contains("Qui est touché", StringComparison.Ordinal));
        Assert.Single(_slack.Messages, m => m.Channel == "D0EVE" && m.Text.Contains("où en êtes-vous", StringComparison.Ordinal));
    }

    private Task SayAsync(string user, string text) =>
        _slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(user, "D" + user[1..], text)));

    private async Task<FakeSlackMessage> ExpectAsync(Func<FakeSlackMessage, bool> wanted, int skip = 0)
    {
        FakeSlackMessage? found = null;
        try
        {
            await FakeSlack.EventuallyAsync(() => (found = _slack.Messages.Where(wanted).Skip(skip).FirstOrDefault()) is not null, "a message", Wait);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new InvalidOperationException("Not posted. The bot posted:\n" + string.Join("\n---\n", _slack.Messages.Select(m => $"[{m.Channel} {m.ThreadTs}] {m.Text}")) + "\n" + _logs.Dump(), error);
        }

        return found!;
    }
}
