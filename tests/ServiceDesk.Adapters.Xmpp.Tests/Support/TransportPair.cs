using System.Net;
using System.Net.Sockets;
using ServiceDesk.Adapters.Xmpp.Transport;

namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

/// <summary>An <see cref="XmppTransport"/> connected over loopback to a socket the test holds as the server's end.</summary>
internal sealed class TransportPair : IAsyncDisposable
{
    private TransportPair(XmppTransport transport, Socket server)
    {
        Transport = transport;
        Server = server;
    }

    public XmppTransport Transport { get; }

    public Socket Server { get; }

    public static async Task<TransportPair> ConnectAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accept = listener.AcceptSocketAsync();
        var transport = await XmppTransport.ConnectAsync(IPAddress.Loopback.ToString(), ((IPEndPoint)listener.LocalEndpoint).Port, 65536, inlineReads: true, CancellationToken.None);
        return new TransportPair(transport, await accept);
    }

    public async ValueTask DisposeAsync()
    {
        await Transport.DisposeAsync();
        Server.Dispose();
    }
}
