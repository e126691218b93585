using ServiceDesk.Adapters.Xmpp.Session;

namespace ServiceDesk.Adapters.Xmpp.Tests.Session;

/// <summary>A session loop goes on on the thread that signals (no worker woken for it), and signals do not pile up.</summary>
public sealed class LoopSignalTests
{
    [Fact]
    public void Release_WhileTheLoopWaits_RunsItOnTheReleasingThread()
    {
        var signal = new LoopSignal();
        int? ranOn = null;
        var loop = WaitOnceAsync(signal, () => ranOn = Environment.CurrentManagedThreadId);
        Assert.False(loop.IsCompleted);

        signal.Release();

        Assert.True(loop.IsCompleted);
        Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
        Assert.Equal(0, signal.CurrentCount);
    }

    [Fact]
    public async Task ReleasedTwiceWhileNobodyWaits_WakesTheLoopOnce()
    {
        var signal = new LoopSignal();
        signal.Release();
        signal.Release();
        Assert.Equal(1, signal.CurrentCount);

        await signal.WaitAsync(CancellationToken.None);

        Assert.Equal(0, signal.CurrentCount);
        Assert.False(signal.WaitAsync(CancellationToken.None).IsCompleted);
    }

    private static async Task WaitOnceAsync(LoopSignal signal, Action then)
    {
        await signal.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        then();
    }
}
