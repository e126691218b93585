using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// Socket Mode's connection refresh, seen from the desk (issue 12: "<c>disconnect</c> (reconnect before the refresh with a
/// second connection so nothing falls in the gap)"): while Slack announces the end of a connection and the bot has opened
/// the next one, a person's conversation goes on over both, every message is answered once and in order, and an envelope
/// Slack delivers on both connections is read once.
/// </summary>
public sealed class SlackReconnectDeskTests : IAsyncLifetime
{
    private const string Alice = "U0ALICE";
    private SlackDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await SlackDesk.StartAsync([new FakeSlackUser(Alice, "Alice Durand", "fr-FR", "Europe/Paris")]);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task DisconnectAnnouncedMidConversation_AnsweredOnceOnEitherConnection_OneTicket(string reason)
    {
        await _desk.SayAsync(Alice, "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        await AnsweredAsync("Qui est touché");

        var old = await _desk.Slack.SendDisconnectAsync(reason, closeAfter: null);
        await FakeSlack.EventuallyAsync(() => _desk.Slack.OpenSockets.Count == 2, "the bot's second connection while the first is still open", Wait);
        var fresh = _desk.Slack.OpenSockets.Single(s => s != old);

        // In the gap Slack may deliver on the connection it is about to close as well as on the new one.
        await SayOnAsync(old, "juste moi");
        await AnsweredAsync("où en êtes-vous");
        await SayOnAsync(fresh, "bloquée");
        await AnsweredAsync("Si je vous comprends bien");

        // The same envelope delivered on both connections: one answer.
        var yes = EventsApiEnvelope(MessageEvent(Alice, Dm(Alice), "oui"));
        await _desk.Slack.SendEnvelopeAsync(yes, old);
        await _desk.Slack.SendEnvelopeAsync(yes, fresh);
        await AnsweredAsync("C'est un problème connu");

        await old.CloseAsync();
        await FakeSlack.EventuallyAsync(() => _desk.Slack.OpenSockets.Count == 1, "the old connection closed", Wait);
        await _desk.SayAsync(Alice, "non");
        await AnsweredAsync("est enregistrée");

        await Task.Delay(TimeSpan.FromSeconds(2));
        string[] questions = ["Qui est touché", "où en êtes-vous", "Si je vous comprends bien", "C'est un problème connu", "est enregistrée"];
        foreach (var question in questions)
        {
            Assert.True(
                _desk.Slack.Messages.Count(m => m.Channel == Dm(Alice) && m.Text.Contains(question, StringComparison.Ordinal)) == 1,
                $"« {question} » not posted exactly once:\n{_desk.Transcript()}");
        }

        var asked = questions.Select(q => _desk.Slack.Messages.ToList().FindIndex(m => m.Channel == Dm(Alice) && m.Text.Contains(q, StringComparison.Ordinal))).ToList();
        Assert.Equal(asked.Order(), asked);
        Assert.Single(_desk.Slack.Messages, m => m.Channel == TechChannel && m.ThreadTs is null && m.ButtonLabels.Contains("Take / Prendre"));
        Assert.Equal(2, _desk.Slack.CallsTo("apps.connections.open").Count(c => c.Status == 200));
    }

    private Task SayOnAsync(FakeSlackSocket socket, string text) =>
        _desk.Slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent(Alice, Dm(Alice), text)), socket);

    private Task<FakeSlackMessage> AnsweredAsync(string fragment) => _desk.ExpectDmAsync(Alice, fragment);
}
