using System.Threading.Channels;
using System.Xml.Linq;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Adapters.Xmpp.Connection;
using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Transport;
using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

/// <summary>
/// A person's client for the tests, built from the library's own transport and negotiation (TLS,
/// SCRAM) but speaking raw stanzas, so tests can send what the channel never would (pings, odd IQs,
/// subscription requests, oversized messages) and see exactly what comes back.
/// </summary>
internal sealed class RawXmppClient : IAsyncDisposable
{
    private readonly XmppTransport transport;
    private readonly Channel<XElement> received = Channel.CreateUnbounded<XElement>();
    private readonly List<XElement> backlog = [];
    private readonly Task readLoop;

    private RawXmppClient(XmppTransport transport, string jid)
    {
        this.transport = transport;
        Jid = jid;
        readLoop = ReadLoopAsync();
    }

    public string Jid { get; }

    public static async Task<RawXmppClient> ConnectAsync(ProsodyServer server, string user, string password)
    {
        var account = Protocol.Jid.TryParse(server.Jid(user))!.Value;
        var transport = await XmppTransport.ConnectAsync(server.Host, server.Port, 1 << 20, inlineReads: true, CancellationToken.None);
        var negotiator = new StreamNegotiator(account, password, ServerCertificateValidator.Create(server.CertificatePath), NullLogger.Instance);
        await negotiator.NegotiateAsync(transport, CancellationToken.None);
        await transport.SendAsync(StanzaBuilder.Bind("test", "bind"), CancellationToken.None);
        var bound = await transport.ReadAsync(CancellationToken.None);
        var jid = bound!.Descendants(XName.Get("jid", XmppNamespaces.Bind)).Single().Value;
        var client = new RawXmppClient(transport, jid);
        await client.SendAsync("<iq type='get' id='roster'><query xmlns='jabber:iq:roster'/></iq>");
        await client.SendAsync("<presence/>");
        await client.ExpectAsync(e => (string?)e.Attribute("id") == "roster");
        return client;
    }

    public Task SendAsync(string xml) => transport.WriteAsync(xml, CancellationToken.None).AsTask();

    public Task SendChatAsync(string to, string body, string type = "chat") =>
        transport.SendAsync(StanzaBuilder.Message(to, Guid.NewGuid().ToString("N"), type, body), CancellationToken.None).AsTask();

    /// <summary>Waits for the first received element that matches; the others are kept for later calls.</summary>
    public async Task<XElement> ExpectAsync(Func<XElement, bool> match, TimeSpan? timeout = null)
    {
        var found = backlog.FirstOrDefault(match);
        if (found is not null)
        {
            backlog.Remove(found);
            return found;
        }

        using var limit = new CancellationTokenSource(timeout ?? TestTimings.Wait);
        while (true)
        {
            var element = await received.Reader.ReadAsync(limit.Token);
            if (match(element))
            {
                return element;
            }

            backlog.Add(element);
        }
    }

    /// <summary>Bodies of chat or groupchat messages received from <paramref name="fromBare"/>, up to and including <paramref name="last"/>.</summary>
    public async Task<List<string>> BodiesUntilAsync(string fromBare, string last)
    {
        List<string> bodies = [];
        while (bodies.LastOrDefault() != last)
        {
            var message = await ExpectAsync(e => e.Name.LocalName == "message" && Bare(e) == fromBare && Body(e) is not null);
            bodies.Add(Body(message)!);
        }

        return bodies;
    }

    public static string? Body(XElement message) => message.Element(XName.Get("body", XmppNamespaces.Client))?.Value;

    public static string? Bare(XElement element) => Protocol.Jid.TryParse((string?)element.Attribute("from"))?.Bare;

    public async ValueTask DisposeAsync()
    {
        transport.Abort();
        await readLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await transport.DisposeAsync();
    }

    private async Task ReadLoopAsync()
    {
        while (await transport.ReadAsync(CancellationToken.None) is { } element)
        {
            await received.Writer.WriteAsync(element);
        }
    }
}
