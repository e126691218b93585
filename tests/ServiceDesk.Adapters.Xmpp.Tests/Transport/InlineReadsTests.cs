using System.Net;
using System.Net.Sockets;
using System.Text;
using ServiceDesk.Adapters.Xmpp.Transport;

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
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var accept = listener.AcceptSocketAsync();
            await using var transport = await XmppTransport.ConnectAsync(IPAddress.Loopback.ToString(), ((IPEndPoint)listener.LocalEndpoint).Port, 65536, CancellationToken.None);
            using var server = await accept;

            // The client writes its header and waits for the server's, which comes later: the read completes asynchronously.
            var opening = transport.OpenStreamAsync("localhost", CancellationToken.None);
            await ReadSomeAsync(server);
            await Task.Delay(50);
            var onThreadPool = true;
            var reading = AwaitAndSeeThreadAsync(opening, pool => onThreadPool = pool);
            await server.SendAsync(Encoding.UTF8.GetBytes(
                "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='s1' version='1.0'>" +
                "<stream:features/>"));
            await reading.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.False(onThreadPool, "the read went on on a thread-pool worker");
        }
        finally
        {
            listener.Stop();
            listener.Dispose();
        }
    }

    [Fact]
    public async Task OtherSockets_KeepTheRuntimesHandOff()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var accept = listener.AcceptSocketAsync();
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
            using var server = await accept;
            var buffer = new byte[16];
            var receive = client.Client.ReceiveAsync(buffer.AsMemory(), SocketFlags.None).AsTask();
            await Task.Delay(50);
            var onThreadPool = false;
            var reading = AwaitAndSeeThreadAsync(receive, pool => onThreadPool = pool);
            await server.SendAsync("x"u8.ToArray());
            await reading.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.True(onThreadPool, "a socket that did not ask ran its completion inline");
        }
        finally
        {
            listener.Stop();
            listener.Dispose();
        }
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
