using ServiceDesk.Core.Channels;

namespace ServiceDesk.KnowledgeBase.Tests.Desk;

/// <summary>
/// A conversation written as a transcript: <c>User("…")</c> sends a message, <c>Bot("…")</c> checks that the
/// answer to it contains every fragment (case-sensitive), <c>BotNot</c> that it contains none.
/// </summary>
internal sealed class Transcript(KnowledgeDesk desk, string user = "alice@localhost")
{
    private readonly List<Func<Task>> _steps = [];
    private IReadOnlyList<OutboundMessage> _last = [];

    public ChannelAddress Address { get; } = new("xmpp", user);

    public string LastAnswer => string.Join('\n', _last.SelectMany(m => m.Choices.Prepend(m.Text)));

    public Transcript User(string text)
    {
        _steps.Add(async () => _last = await desk.SayAsync(Address, text));
        return this;
    }

    public Transcript Bot(params string[] fragments) => Check(answer =>
    {
        Assert.NotEmpty(_last);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, answer, StringComparison.Ordinal);
        }
    });

    public Transcript BotNot(params string[] fragments) => Check(answer =>
    {
        foreach (var fragment in fragments)
        {
            Assert.DoesNotContain(fragment, answer, StringComparison.Ordinal);
        }
    });

    public async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }

    private Transcript Check(Action<string> check)
    {
        _steps.Add(() =>
        {
            check(LastAnswer);
            return Task.CompletedTask;
        });
        return this;
    }
}
