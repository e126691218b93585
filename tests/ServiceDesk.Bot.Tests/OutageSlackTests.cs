using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;
using static ServiceDesk.Bot.Tests.Support.SlackDesk;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The same morning over the fake Slack (issue 15): a technician declares the outage with <c>/desk outage open</c>, fifty
/// people write about it in direct messages; each gets the known-outage answer first (its choices as buttons) and the
/// resolution notice exactly once, posted at Slack's pace (the client keeps one message per second per conversation).
/// </summary>
public sealed class OutageSlackTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Bruno = "U0BRUNO";
    private const int People = 50;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private SlackDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await SlackDesk.StartAsync(
        [
            new FakeSlackUser(Bruno, "Bruno Martin", "fr-FR", "Europe/Paris"),
            .. Enumerable.Range(1, People).Select(i => new FakeSlackUser(User(i), $"Staff {i}", i % 2 == 0 ? "en-US" : "fr-FR", "Europe/Paris")),
        ],
        "--Technicians:0:Name=Bruno Martin", $"--Technicians:0:Slack={Bruno}");

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task FiftyPeopleInDirectMessages_KnownAnswerFirstAndResolutionExactlyOnce()
    {
        await DeskAsync("outage open messagerie les mails ne partent plus", "open");
        await EventuallyAsync(() => _desk.Slack.Messages.Any(m => m.Channel == TechChannel && m.Text.Contains("Incident majeur M1 ouvert", StringComparison.Ordinal)), "the room's line");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var i in Enumerable.Range(1, People))
        {
            await _desk.SayAsync(User(i), i % 2 == 0 ? "the email is down" : "je reçois plus mes mails");
        }

        await EventuallyAsync(() => Enumerable.Range(1, People).All(i => Known(i) == 1), "a known-outage answer to everyone");
        output.WriteLine($"{People} known-outage answers in {clock.Elapsed.TotalSeconds:0.0} s");
        var first = _desk.Slack.Messages.First(m => m.Channel == Dm(1) && m.Text.Contains("M1", StringComparison.Ordinal));
        Assert.Contains("Nous sommes au courant", first.Text, StringComparison.Ordinal);
        Assert.Equal(2, first.ButtonLabels.Count);
        Assert.Contains("We know: an incident is affecting email", _desk.Slack.Messages.First(m => m.Channel == Dm(2) && m.Text.Contains("M1", StringComparison.Ordinal)).Text, StringComparison.Ordinal);

        await DeskAsync("outage resolve M1 le serveur de messagerie a été redémarré", "resolve");
        clock.Restart();
        await EventuallyAsync(() => Enumerable.Range(1, People).All(i => Resolved(i) >= 1), "the resolution notice to everyone");
        output.WriteLine($"{People} resolution notices in {clock.Elapsed.TotalSeconds:0.0} s");
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.All(Enumerable.Range(1, People), i => Assert.Equal((1, 1), (Known(i), Resolved(i))));
        Assert.DoesNotContain(_desk.Slack.Messages, m => m.Channel == TechChannel && m.Text.Contains("Nouveau ticket", StringComparison.Ordinal));
    }

    private static string User(int i) => $"U0S{i:000}";

    private static string Dm(int i) => SlackDesk.Dm(User(i));

    private int Known(int i) => _desk.Slack.Messages.Count(m => m.Channel == Dm(i) && m.Text.Contains("(M1", StringComparison.Ordinal) && m.ButtonLabels.Count == 2 && !m.Text.Contains("redémarré", StringComparison.Ordinal));

    private int Resolved(int i) => _desk.Slack.Messages.Count(m => m.Channel == Dm(i) && m.Text.Contains("le serveur de messagerie a été redémarré", StringComparison.Ordinal));

    private async Task DeskAsync(string arguments, string id)
    {
        await _desk.DeskCommandAsync(Bruno, arguments, id);
        await EventuallyAsync(() => _desk.Slack.ResponseUrlPosts.Any(p => p.Id == id), "the answer to /desk " + arguments);
    }

    private Task EventuallyAsync(Func<bool> condition, string what) => _desk.EventuallyAsync(condition, what, Wait);
}
