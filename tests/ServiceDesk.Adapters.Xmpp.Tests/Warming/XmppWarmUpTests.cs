using ServiceDesk.Adapters.Xmpp.Warming;

namespace ServiceDesk.Adapters.Xmpp.Tests.Warming;

public sealed class XmppWarmUpTests
{
    /// <summary>The warm-up runs the adapter's per-message code on its made-up conversation to the end, without the network.</summary>
    [Fact]
    public async Task RunAsync_TwoRounds_Completes()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await XmppWarmUp.RunAsync(2, limit.Token);

        Assert.False(limit.IsCancellationRequested);
    }

    [Fact]
    public async Task RunAsync_Cancelled_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => XmppWarmUp.RunAsync(20, cancelled.Token));
    }
}
