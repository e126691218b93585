using System.Net.Sockets;
using System.Text;
using ServiceDesk.Adapters.Xmpp.Tests.Support;

namespace ServiceDesk.Adapters.Xmpp.Tests.Transport;

/// <summary>
/// The XMPP connection's reads go on on the thread that saw the bytes arrive (the runtime's socket thread), not on a
/// thread-pool worker woken for them; other sockets keep the runtime's default hand-off.
/// </summary>
public sealed class InlineReadsTests
{
    [Fact]
    public async Task TransportRead_ThatWaitedForTheServer_GoesOnOutsideTheThreadPool()
    {
        await using var pair = await TransportPair.ConnectAsync();

        // The client writes its header and waits for the server's, which comes later: the read completes asynchronously.
        var opening = pair.Transport.OpenStreamAsync("localhost", CancellationToken.None);
        await ReadSomeAsync(pair.Server);
        await Task.Delay(50);
        var onThreadPool = true;
        var reading = AwaitAndSeeThreadAsync(opening, pool => onThreadPool = pool);
        await pair.Server.SendAsync(Encoding.UTF8.GetBytes(
            "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='s1' version='1.0'>" +
            "<stream:features/>"));
        await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(onThreadPool, "the read went on on a thread-pool worker");
    }

    [Fact]
    public async Task OtherSockets_KeepTheRuntimesHandOff()
    {
        using var pair = await LoopbackPair.CreateAsync();
        var buffer = new byte[16];
        var receive = pair.ClientStream.ReadAsync(buffer.AsMemory()).AsTask();
        await Task.Delay(50);
        var onThreadPool = false;
        var reading = AwaitAndSeeThreadAsync(receive, pool => onThreadPool = pool);
        await pair.ServerWritesAsync("x");
        await reading.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(onThreadPool, "a socket that did not ask ran its completion inline");
    }

    private static async Task AwaitAndSeeThreadAsync(Task pending, Action<bool> onThreadPool)
    {
        Assert.False(pending.IsCompleted, "the read completed before the server wrote");
        await pending.ConfigureAwait(false);
        onThreadPool(Thread.CurrentThread.IsThreadPoolThread);
    }

    private static async Task ReadSomeAsync(Socket server)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await server.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
    }
}
