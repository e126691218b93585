using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// A conversation test written as a transcript: <c>.User("…")</c> sends a message, <c>.Bot("…")</c> checks the
/// answers to the last message contain every fragment (case-sensitive, so accents and capitals count).
/// </summary>
internal sealed class Dialogue(DeskFixture desk, string user = "alice@localhost")
{
    private readonly List<Func<Task>> _steps = [];
    private IReadOnlyList<OutboundMessage> _last = [];

    public ChannelAddress Address { get; } = new("xmpp", user);

    /// <summary>Everything the bot said to the last message, choices included, one line each.</summary>
    public string LastAnswer => string.Join('\n', _last.SelectMany(m => m.Choices.Prepend(m.Text)));

    public Dialogue User(string text, string? messageId = null)
    {
        _steps.Add(async () => _last = await desk.SayAsync(Address, text, messageId));
        return this;
    }

    /// <summary>The person edits their message <paramref name="correctedId"/> (XMPP's last message correction).</summary>
    public Dialogue UserCorrects(string correctedId, string text, string? messageId = null)
    {
        _steps.Add(async () => _last = await desk.SayAsync(Address, text, messageId ?? Guid.NewGuid().ToString("N"), correctedId));
        return this;
    }

    /// <summary>Several messages typed in a burst, answered as one turn.</summary>
    public Dialogue UserBurst(params string[] texts)
    {
        _steps.Add(async () => _last = await desk.SayBurstAsync(Address, texts));
        return this;
    }

    public Dialogue Bot(params string[] fragments)
    {
        _steps.Add(() =>
        {
            Assert.NotEmpty(_last);
            foreach (var fragment in fragments)
            {
                Assert.True(LastAnswer.Contains(fragment, StringComparison.Ordinal), $"Expected «{fragment}» in the bot's answer:\n{LastAnswer}");
            }

            return Task.CompletedTask;
        });
        return this;
    }

    public Dialogue BotNot(params string[] fragments)
    {
        _steps.Add(() =>
        {
            foreach (var fragment in fragments)
            {
                Assert.False(LastAnswer.Contains(fragment, StringComparison.Ordinal), $"Did not expect «{fragment}» in the bot's answer:\n{LastAnswer}");
            }

            return Task.CompletedTask;
        });
        return this;
    }

    public Dialogue BotSilent()
    {
        _steps.Add(() =>
        {
            Assert.Empty(_last);
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Runs an arbitrary step between messages (e.g. a restart).</summary>
    public Dialogue Then(Action action)
    {
        _steps.Add(() =>
        {
            action();
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }
}
