using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Framing;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Stanzas;

namespace ServiceDesk.Adapters.Xmpp.Transport;

/// <summary>
/// One TCP connection to the server: the socket, the TLS layer once negotiated, the current XML
/// stream's reader, and serialised writes. It knows bytes and elements, not XMPP semantics.
/// </summary>
/// <remarks>Writes may come from several tasks (a lock orders them); reads from one task at a time.</remarks>
internal sealed class XmppTransport : IAsyncDisposable
{
    private readonly TcpClient client;
    private readonly int maxStanzaBytes;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private Stream stream;
    private XmppStreamReader? reader;

    private XmppTransport(TcpClient client, int maxStanzaBytes)
    {
        this.client = client;
        this.maxStanzaBytes = maxStanzaBytes;
        stream = client.GetStream();
    }

    public bool IsEncrypted => stream is SslStream;

    public static async Task<XmppTransport> ConnectAsync(string host, int port, int maxStanzaBytes, bool inlineReads, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            client.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
            if (inlineReads)
            {
                InlineReads.TryEnable(client.Client);
            }
            await client.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
            return new XmppTransport(client, maxStanzaBytes);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Opens (or restarts) the XML stream: sends our header, reads the server's header and its features.</summary>
    public async Task<XElement> OpenStreamAsync(string domain, CancellationToken cancellationToken)
    {
        reader?.Dispose();
        reader = new XmppStreamReader(stream, maxStanzaBytes);
        await WriteAsync(StanzaBuilder.StreamHeader(domain), cancellationToken).ConfigureAwait(false);
        await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        var features = await ReadAsync(cancellationToken).ConfigureAwait(false);
        return features?.Name == XName.Get("features", XmppNamespaces.Streams)
            ? features
            : throw new XmppProtocolException($"Expected stream features, got {features?.Name.ToString() ?? "end of stream"}.");
    }

    public async Task UpgradeToTlsAsync(string domain, ServerCertificateValidator validator, CancellationToken cancellationToken)
    {
        var tls = new SslStream(stream, leaveInnerStreamOpen: false, validator.Validate);
        var options = new SslClientAuthenticationOptions { TargetHost = domain };
        await tls.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
        stream = tls;
    }

    /// <summary>The next top-level element of the current stream, or null when the server closed it.</summary>
    public ValueTask<XElement?> ReadAsync(CancellationToken cancellationToken) =>
        (reader ?? throw new InvalidOperationException("The stream is not open.")).ReadElementAsync(cancellationToken);

    public ValueTask SendAsync(XElement element, CancellationToken cancellationToken) =>
        WriteAsync(StanzaBuilder.Serialize(element), cancellationToken);

    public ValueTask WriteAsync(string xml, CancellationToken cancellationToken) => WriteAsync(() => xml, cancellationToken);

    /// <summary>
    /// Writes what <paramref name="compose"/> returns (nothing when it returns null), calling it only once the write lock
    /// is held. Stream management counts a stanza as sent when it is composed (<c>StanzaWriter</c>): composed before the
    /// lock, a stanza whose write was then cancelled while waiting for the lock (the write loop at a stop, while the read
    /// loop answered an ack request) was counted and never written, and the polite close waited for the server to
    /// acknowledge it until its time-out. Cancelled while waiting here, nothing is composed.
    /// </summary>
    public async ValueTask WriteAsync(Func<string?> compose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (compose() is not { } xml)
            {
                return;
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(xml), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Closes the socket at once; pending reads and writes fail. Used to tear down a session.</summary>
    public void Abort() => client.Dispose();

    public async ValueTask DisposeAsync()
    {
        reader?.Dispose();
        await stream.DisposeAsync().ConfigureAwait(false);
        client.Dispose();
        writeLock.Dispose();
    }
}
