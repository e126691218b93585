using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ServiceDesk.Testing;

/// <summary>
/// A loopback TCP forwarder between a client under test and a server, to simulate network trouble
/// without touching either: <see cref="DropConnections"/> resets every relayed connection at once
/// (a dead link), <see cref="StallConnections"/> silently stops forwarding on the live ones (a
/// black hole: bytes are accepted and go nowhere), and while <see cref="Blocked"/> new connections
/// are reset on arrival. <see cref="CorruptNextConnection"/> makes the next connection start with
/// bytes the server never sent (a hostile or broken server, before TLS hides the stream).
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint target;
    private readonly ConcurrentDictionary<RelayLink, byte> links = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;
    private bool blocked;
    private bool cut;
    private byte[]? corruption;

    private TcpRelay(IPEndPoint target)
    {
        this.target = target;
        listener.Start();
        acceptLoop = AcceptLoopAsync(stopping.Token);
    }

    /// <summary>The local port clients connect to.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>While true, connections are refused (accepted and reset at once); setting it also drops live ones.</summary>
    public bool Blocked
    {
        get => Volatile.Read(ref blocked);
        set
        {
            Volatile.Write(ref blocked, value);
            if (value)
            {
                DropConnections();
            }
        }
    }

    /// <summary>
    /// A network cut: while true, live and new connections forward nothing either way and do not close (a client sees
    /// silence, then its own timeouts). Ending the cut resets the connections that lived through it, as their peers'
    /// timeouts would have; new ones are relayed again.
    /// </summary>
    public bool Cut
    {
        get => Volatile.Read(ref cut);
        set
        {
            Volatile.Write(ref cut, value);
            if (value)
            {
                StallConnections();
            }
            else
            {
                DropConnections();
            }
        }
    }

    /// <summary>
    /// The next relayed connection receives <paramref name="bytes"/> before anything the server
    /// sends; later connections are relayed untouched.
    /// </summary>
    public void CorruptNextConnection(byte[] bytes) => Volatile.Write(ref corruption, bytes);

    /// <summary>True once the bytes given to <see cref="CorruptNextConnection"/> went to a client.</summary>
    public bool CorruptionDelivered => Volatile.Read(ref corruption) is null;

    public static TcpRelay Start(string targetHost, int targetPort) => new(new IPEndPoint(IPAddress.Parse(targetHost), targetPort));

    /// <summary>Resets both sides of every live connection; what was stalled in them is lost.</summary>
    public void DropConnections()
    {
        foreach (var link in links.Keys)
        {
            link.Reset();
            links.TryRemove(link, out _);
        }
    }

    /// <summary>Live connections stop forwarding in both directions (without closing); new ones are not affected.</summary>
    public void StallConnections()
    {
        foreach (var link in links.Keys)
        {
            link.Stalled = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        DropConnections();
        await acceptLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            var link = new RelayLink(client, Interlocked.Exchange(ref corruption, null));
            if (Blocked)
            {
                link.Reset();
                continue;
            }

            link.Stalled = Cut;
            links[link] = 0;
            _ = RunAsync(link, cancellationToken);
        }
    }

    private async Task RunAsync(RelayLink link, CancellationToken cancellationToken)
    {
        try
        {
            await link.RunAsync(target, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            links.TryRemove(link, out _);
            link.Reset();
        }
    }

    /// <summary>One relayed connection: the client's socket and ours to the server.</summary>
    private sealed class RelayLink(TcpClient client, byte[]? prefix)
    {
        private readonly TcpClient server = new();

        public bool Stalled { get; set; }

        public async Task RunAsync(IPEndPoint target, CancellationToken cancellationToken)
        {
            try
            {
                await server.ConnectAsync(target, cancellationToken).ConfigureAwait(false);
                if (prefix is not null)
                {
                    await client.GetStream().WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
                }

                var up = PumpAsync(client.GetStream(), server.GetStream(), cancellationToken);
                var down = PumpAsync(server.GetStream(), client.GetStream(), cancellationToken);
                await Task.WhenAny(up, down).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The link is gone; the caller resets both sides.
            }
        }

        public void Reset()
        {
            Reset(client);
            Reset(server);
        }

        private static void Reset(TcpClient socket)
        {
            // Read once: a link closing on its own at the same moment leaves the client without its socket (null).
            if (socket.Client is not { } open)
            {
                return;
            }

            try
            {
                open.LingerState = new LingerOption(true, 0);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already closed.
            }

            socket.Dispose();
        }

        private async Task PumpAsync(Stream from, Stream to, CancellationToken cancellationToken)
        {
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (!Stalled)
                {
                    await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
