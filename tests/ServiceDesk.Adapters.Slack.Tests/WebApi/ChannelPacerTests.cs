using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.Slack.WebApi;

namespace ServiceDesk.Adapters.Slack.Tests.WebApi;

/// <summary>The pacer on a fake clock: no wall-clock timing is asserted, only what has been posted after each second.</summary>
public sealed class ChannelPacerTests
{
    private readonly FakeTimeProvider clock = new();
    private readonly List<string> posted = [];

    private Task<int> Post(ChannelPacer pacer, string channel, string text) =>
        pacer.RunAsync(channel, async turn =>
        {
            await turn.WaitAsync(CancellationToken.None);
            lock (posted)
            {
                posted.Add(text);
            }

            return 0;
        }, CancellationToken.None);

    private async Task SettleAsync()
    {
        for (var i = 0; i < 20; i++)
        {
            await Task.Yield();
            await Task.Delay(1);
        }
    }

    [Fact]
    public async Task RunAsync_BurstToOneChannel_OnePerSecondInOrder()
    {
        var pacer = new ChannelPacer(TimeSpan.FromSeconds(1), clock);
        var burst = Enumerable.Range(1, 5).Select(i => Post(pacer, "D1", $"m{i}")).ToList();
        await FakeSlackEventually(() => posted.Count == 1);
        await SettleAsync();
        Assert.Equal(["m1"], posted);
        for (var second = 2; second <= 5; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await FakeSlackEventually(() => posted.Count == second);
            Assert.Equal(Enumerable.Range(1, second).Select(i => $"m{i}"), posted);
        }

        await Task.WhenAll(burst);
    }

    [Fact]
    public async Task RunAsync_TwoChannels_DoNotWaitForEachOther()
    {
        var pacer = new ChannelPacer(TimeSpan.FromSeconds(1), clock);
        var first = Post(pacer, "D1", "a1");
        var second = Post(pacer, "D1", "a2");
        var other = Post(pacer, "D2", "b1");
        await Task.WhenAll(first, other);
        Assert.Contains("b1", posted);
        Assert.DoesNotContain("a2", posted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await second;
    }

    [Fact]
    public async Task RunAsync_OneTurnPostsSeveralParts_NothingComesBetween()
    {
        var pacer = new ChannelPacer(TimeSpan.FromSeconds(1), clock);
        var parts = pacer.RunAsync("D1", async turn =>
        {
            foreach (var part in new[] { "p1", "p2", "p3" })
            {
                await turn.WaitAsync(CancellationToken.None);
                lock (posted)
                {
                    posted.Add(part);
                }
            }

            return 0;
        }, CancellationToken.None);
        var after = Post(pacer, "D1", "next");
        var all = Task.WhenAll(parts, after);
        for (var i = 0; i < 1_000 && !all.IsCompleted; i++)
        {
            await SettleAsync();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        await all;
        Assert.Equal(["p1", "p2", "p3", "next"], posted);
    }

    [Fact]
    public async Task RunAsync_AWaitingTurnCancelled_OthersKeepTheirOrder()
    {
        var pacer = new ChannelPacer(TimeSpan.FromSeconds(1), clock);
        using var cancel = new CancellationTokenSource();
        var hold = new TaskCompletionSource();
        var first = pacer.RunAsync("D1", async _ => { await hold.Task; posted.Add("first"); return 0; }, CancellationToken.None);
        var cancelled = pacer.RunAsync("D1", _ => { posted.Add("cancelled"); return Task.FromResult(0); }, cancel.Token);
        var third = pacer.RunAsync("D1", _ => { posted.Add("third"); return Task.FromResult(0); }, CancellationToken.None);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await SettleAsync();
        Assert.Empty(posted);
        hold.SetResult();
        await Task.WhenAll(first, third);
        Assert.Equal(["first", "third"], posted);
    }

    private static Task FakeSlackEventually(Func<bool> condition) =>
        ServiceDesk.Testing.FakeSlack.FakeSlack.EventuallyAsync(condition, "the next post", TimeSpan.FromSeconds(20));
}
