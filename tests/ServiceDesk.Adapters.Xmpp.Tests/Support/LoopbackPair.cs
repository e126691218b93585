using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

/// <summary>Two connected loopback sockets: the test writes on one side, the code under test reads the other.</summary>
internal sealed class LoopbackPair : IDisposable
{
    private readonly TcpClient client;
    private readonly Socket server;

    private LoopbackPair(TcpClient client, Socket server)
    {
        this.client = client;
        this.server = server;
    }

    public Stream ClientStream => client.GetStream();

    public static async Task<LoopbackPair> CreateAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        var accept = listener.AcceptSocketAsync();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        return new LoopbackPair(client, await accept);
    }

    public async Task ServerWritesAsync(string text) => await server.SendAsync(Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
    }
}
