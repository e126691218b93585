using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Faults at the desk's level over the fake Slack (issue 12, "Nothing lost, nothing twice"): Slack answering 429 or 500
/// while the bot answers, the bot stopped or killed between acknowledging a message and answering it, a click on a
/// question asked before a restart.
/// </summary>
public sealed class SlackDeskFaultTests : IAsyncLifetime
{
    private const string Alice = "U0ALICE";
    private const string Eve = "U0EVE";
    private SlackDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await SlackDesk.StartAsync(
        [new FakeSlackUser(Alice, "Alice Durand", "fr-FR", "Europe/Paris"), new FakeSlackUser(Eve, "Eve Petit", "fr-FR", "Europe/Paris")]);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    /// <summary>"HTTP 429 waits for Retry-After": the answer arrives once, not before the wait Slack asked for.</summary>
    [Fact]
    public async Task RateLimitedWhileAnswering_AnswerArrivesOnceAfterRetryAfter()
    {
        _desk.Slack.FailNext("chat.postMessage", 429, retryAfter: TimeSpan.FromSeconds(2));

        await _desk.SayAsync(Eve, "où en est ma demande ?");
        await _desk.ExpectDmAsync(Eve, "aucune demande");

        var posts = _desk.Slack.CallsTo("chat.postMessage");
        var (limited, delivered) = (posts.First(c => c.Status == 429), posts.First(c => c.Status == 200));
        Assert.True(delivered.At - limited.At >= TimeSpan.FromSeconds(1.9), $"Posted again {delivered.At - limited.At} after the 429 asking for 2 s.");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(_desk.Slack.Messages, m => m.Channel == Dm(Eve));
    }

    /// <summary>Slack's servers fail twice with 500: the answer is retried and arrives once.</summary>
    [Fact]
    public async Task ServerErrorsWhileAnswering_AnswerArrivesOnce()
    {
        _desk.Slack.FailNext("chat.postMessage", 500, times: 2);

        await _desk.SayAsync(Eve, "où en est ma demande ?");
        await _desk.ExpectDmAsync(Eve, "aucune demande");

        Assert.Equal(2, _desk.Slack.CallsTo("chat.postMessage").Count(c => c.Status == 500));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(_desk.Slack.Messages, m => m.Channel == Dm(Eve));
    }

    /// <summary>
    /// A question posted before the bot restarted: the click on its button still counts as the answer, and the question
    /// is updated (the choice shown, no buttons left), from the copy of the message Slack sends with the click.
    /// </summary>
    [Fact]
    public async Task ClickOnQuestionAskedBeforeRestart_CountsAndTheQuestionIsUpdated()
    {
        await _desk.SayAsync(Alice, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        var who = await _desk.ExpectAsync(m => m.Channel == Dm(Alice) && m.Text.Contains("Qui est touché", StringComparison.Ordinal) && m.ButtonLabels.Count > 0);

        await _desk.StopBotAsync();
        await _desk.StartBotAsync();
        await _desk.ClickAsync(Alice, who, "choice_1");

        await _desk.ExpectDmAsync(Alice, "où en êtes-vous");
        var answered = await _desk.ExpectAsync(m => m.Ts == who.Ts && m.ButtonLabels.Count == 0);
        Assert.Contains("Qui est touché", answered.Text, StringComparison.Ordinal);
        Assert.Contains("→ *1. Juste moi*", answered.Text, StringComparison.Ordinal);
        Assert.Single(_desk.Slack.CallsTo("chat.update"), c => c.Status == 200);
    }

    /// <summary>
    /// SIGKILL of the bot's process after it acknowledged a message (kept in its inbox first) and before its answer could
    /// be posted: Slack will not deliver it again, yet the restarted bot answers it, once.
    /// </summary>
    [Fact]
    public async Task KilledBetweenAcknowledgementAndAnswer_AnsweredOnceAfterRestart()
    {
        await _desk.StopBotAsync();
        _desk.Slack.FailNext("chat.postMessage", 500, times: 1_000);
        await using (var doomed = await StartProcessAsync())
        {
            var envelope = await _desk.Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(Eve, Dm(Eve), "où en est ma demande ?")));
            await FakeSlack.EventuallyAsync(() => _desk.Slack.IsAcknowledged(envelope), "the acknowledgement", Wait);
            await FakeSlack.EventuallyAsync(() => _desk.Slack.CallsTo("chat.postMessage").Any(c => c.Status == 500), "an answer being tried", Wait);
            await doomed.KillAsync();
        }

        Assert.Empty(_desk.Slack.Messages);
        _desk.Slack.ClearFaults();
        await using var restarted = await StartProcessAsync();

        await _desk.ExpectDmAsync(Eve, "aucune demande");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(_desk.Slack.Messages, m => m.Channel == Dm(Eve));
    }

    /// <summary>
    /// Bad input at the desk: a 40,000-character message is cut and the person told so calmly, a frame that is not JSON and
    /// an envelope of an unknown type are dropped, and the conversation goes on.
    /// </summary>
    [Fact]
    public async Task HugeMessageAndBadFrames_PersonToldConversationGoesOn()
    {
        await _desk.Slack.OpenSockets[^1].SendRawAsync("{ not json");
        await _desk.Slack.SendEnvelopeAsync(new System.Text.Json.Nodes.JsonObject { ["envelope_id"] = "e-unknown", ["type"] = "something_new", ["payload"] = new System.Text.Json.Nodes.JsonObject() });
        var huge = "Bonjour, Outlook refuse mon mot de passe. " + string.Concat(Enumerable.Repeat("blabla ", 40_000 / 7));

        await _desk.SayAsync(Alice, huge);

        await _desk.ExpectDmAsync(Alice, "Votre message était très long");
        await _desk.SayAsync(Eve, "où en est ma demande ?");
        await _desk.ExpectDmAsync(Eve, "aucune demande");
        Assert.All(_desk.Slack.Messages, m => Assert.True(m.Text.Length <= 4_000, "A post over Slack's limit."));
    }

    private async Task<BotOsProcess> StartProcessAsync()
    {
        var opened = _desk.Slack.Sockets.Count;
        var bot = BotOsProcess.Launch(new Dictionary<string, string>(), _desk.Arguments);
        try
        {
            await _desk.ConnectedAsync(opened);
        }
        catch (InvalidOperationException error)
        {
            await bot.DisposeAsync();
            throw new InvalidOperationException("The bot did not connect. Log:\n" + string.Join('\n', bot.Log), error);
        }

        return bot;
    }
}
