using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// People type in bursts (seed 000 §5: listen first): a message opening a request waits for the person
/// to stop typing; answers to a question go through at once; each person has their own lane.
/// </summary>
public sealed class TurnQueueTests
{
    private static readonly DialogueOptions Options = new() { BurstPause = TimeSpan.FromSeconds(2), BurstMaximum = TimeSpan.FromSeconds(10) };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));
    private readonly Channel<IReadOnlyList<InboundMessage>> _handled = Channel.CreateUnbounded<IReadOnlyList<InboundMessage>>();

    [Fact]
    public async Task Enqueue_ThreeMessagesOpeningARequest_AreHandledAsOneTurnAfterThePause()
    {
        var queue = Queue(waitsForMore: _ => true);

        queue.Enqueue(From("alice", "Bonjour"), CancellationToken.None);
        queue.Enqueue(From("alice", "Outlook ne s'ouvre plus"), CancellationToken.None);
        queue.Enqueue(From("alice", "depuis ce matin"), CancellationToken.None);
        Assert.False(_handled.Reader.TryRead(out _));

        var burst = await NextTurnAsync(advanceClock: true);

        Assert.Equal(["Bonjour", "Outlook ne s'ouvre plus", "depuis ce matin"], burst.Select(m => m.Text));
    }

    [Fact]
    public async Task Enqueue_StatusQuestionRightAfterADescription_EndsTheBurstAndIsItsOwnTurn()
    {
        var queue = Queue(waitsForMore: m => m.Text != "statut");

        queue.Enqueue(From("alice", "Mon imprimante ne marche plus"), CancellationToken.None);
        queue.Enqueue(From("alice", "depuis ce matin"), CancellationToken.None);
        queue.Enqueue(From("alice", "statut"), CancellationToken.None);
        var first = await NextTurnAsync(advanceClock: true);
        var second = await NextTurnAsync(advanceClock: true);

        Assert.Equal(["Mon imprimante ne marche plus", "depuis ce matin"], first.Select(m => m.Text));
        Assert.Equal("statut", Assert.Single(second).Text);
    }

    [Fact]
    public async Task Enqueue_AnswerToAQuestion_IsHandledWithoutWaiting()
    {
        var queue = Queue(waitsForMore: _ => false);

        queue.Enqueue(From("alice", "1"), CancellationToken.None);
        var burst = await NextTurnAsync(advanceClock: false);

        Assert.Equal("1", Assert.Single(burst).Text);
    }

    [Fact]
    public async Task Enqueue_MessageAfterTheBurstWasAnswered_StartsANewTurn()
    {
        var queue = Queue(waitsForMore: m => m.Text.StartsWith("Outlook", StringComparison.Ordinal));

        queue.Enqueue(From("alice", "Outlook ne s'ouvre plus"), CancellationToken.None);
        var first = await NextTurnAsync(advanceClock: true);
        queue.Enqueue(From("alice", "2"), CancellationToken.None);
        var second = await NextTurnAsync(advanceClock: false);

        Assert.Equal("Outlook ne s'ouvre plus", Assert.Single(first).Text);
        Assert.Equal("2", Assert.Single(second).Text);
    }

    [Fact]
    public async Task Enqueue_TwoPeople_HaveSeparateLanes()
    {
        var queue = Queue(waitsForMore: m => m.From.Value == "alice@localhost");

        queue.Enqueue(From("alice", "Le VPN coupe"), CancellationToken.None);
        queue.Enqueue(From("bob", "statut"), CancellationToken.None);
        var bobs = await NextTurnAsync(advanceClock: false);
        var alices = await NextTurnAsync(advanceClock: true);

        Assert.Equal(("statut", "Le VPN coupe"), (Assert.Single(bobs).Text, Assert.Single(alices).Text));
    }

    [Fact]
    public async Task Enqueue_SomeoneWhoNeverStops_IsAnsweredAtTheBurstMaximum()
    {
        var queue = Queue(waitsForMore: _ => true);
        queue.Enqueue(From("alice", "message 0"), CancellationToken.None);

        IReadOnlyList<InboundMessage>? burst = null;
        for (var i = 1; i < 40 && burst is null; i++)
        {
            await Task.Delay(20);
            _clock.Advance(TimeSpan.FromSeconds(1));
            queue.Enqueue(From("alice", $"message {i}"), CancellationToken.None);
            _handled.Reader.TryRead(out burst);
        }

        Assert.NotNull(burst);
        Assert.InRange(burst.Count, 2, 20);
        Assert.Equal("message 0", burst[0].Text);
    }

    [Fact]
    public async Task Enqueue_AnAnswer_IsHandledOnADeskThread_NotOnThePool()
    {
        var (name, pool) = await ThreadOfTheTurnAsync("1", waitsForMore: false, Options, _clock);

        Assert.Equal("Desk turns", name);
        Assert.False(pool);
    }

    [Fact]
    public async Task Enqueue_AfterThePause_TheTurnRunsOnADeskThread_NotOnThePool()
    {
        // Real time: the pause's end is an alarm of the desk's clock, and the lane goes on on a desk thread.
        var (name, pool) = await ThreadOfTheTurnAsync(
            "Outlook ne s'ouvre plus",
            waitsForMore: true,
            new DialogueOptions { BurstPause = TimeSpan.FromMilliseconds(100), BurstMaximum = TimeSpan.FromSeconds(10) },
            TimeProvider.System);

        Assert.Equal("Desk turns", name);
        Assert.False(pool);
    }

    /// <summary>The name of the thread that handles the one message's turn, and whether it is a pool thread.</summary>
    private async Task<(string? Name, bool Pool)> ThreadOfTheTurnAsync(string text, bool waitsForMore, DialogueOptions options, TimeProvider clock)
    {
        var handledOn = new TaskCompletionSource<(string? Name, bool Pool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new TurnQueue(
            (_, _) =>
            {
                handledOn.TrySetResult((Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread));
                return Task.CompletedTask;
            },
            _ => waitsForMore,
            options,
            clock,
            new TurnThreads(1));

        queue.Enqueue(From("alice", text), CancellationToken.None);
        var seen = await handledOn.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await queue.DrainAsync();
        return seen;
    }

    [Fact]
    public async Task Enqueue_ALineThatIsItsOwnTurn_EndsThePauseAtOnce()
    {
        // A 60 s pause on real time: only the next line can end it within the test.
        var handled = Channel.CreateUnbounded<IReadOnlyList<InboundMessage>>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new TurnQueue(
            (burst, _) => handled.Writer.WriteAsync(burst).AsTask(),
            m =>
            {
                listening.TrySetResult();
                return m.Text != "statut";
            },
            new DialogueOptions { BurstPause = TimeSpan.FromSeconds(60), BurstMaximum = TimeSpan.FromSeconds(120) },
            TimeProvider.System);

        queue.Enqueue(From("alice", "Mon imprimante ne marche plus"), CancellationToken.None);
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(50);
        queue.Enqueue(From("alice", "statut"), CancellationToken.None);
        var first = await handled.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        var second = await handled.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Mon imprimante ne marche plus", Assert.Single(first).Text);
        Assert.Equal("statut", Assert.Single(second).Text);
    }

    [Fact]
    public async Task Enqueue_StopDuringThePause_EndsTheLaneWithoutATurn()
    {
        using var stop = new CancellationTokenSource();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turns = 0;
        var queue = new TurnQueue(
            (_, _) =>
            {
                Interlocked.Increment(ref turns);
                return Task.CompletedTask;
            },
            _ =>
            {
                listening.TrySetResult();
                return true;
            },
            new DialogueOptions { BurstPause = TimeSpan.FromSeconds(60), BurstMaximum = TimeSpan.FromSeconds(120) },
            TimeProvider.System);

        queue.Enqueue(From("alice", "Le VPN coupe"), stop.Token);
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await queue.DrainAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, turns);
    }

    private TurnQueue Queue(Func<InboundMessage, bool> waitsForMore) =>
        new((burst, _) => _handled.Writer.WriteAsync(burst).AsTask(), waitsForMore, Options, _clock);

    private InboundMessage From(string who, string text) => new(new ChannelAddress("xmpp", who + "@localhost"), text, _clock.GetUtcNow());

    // The lanes run on threads of their own: give them real time to reach their wait, then move the fake clock.
    private async Task<IReadOnlyList<InboundMessage>> NextTurnAsync(bool advanceClock)
    {
        for (var i = 0; i < 250; i++)
        {
            if (_handled.Reader.TryRead(out var burst))
            {
                return burst;
            }

            await Task.Delay(20);
            if (advanceClock)
            {
                _clock.Advance(TimeSpan.FromMilliseconds(500));
            }
        }

        throw new TimeoutException("No turn was handled.");
    }
}
