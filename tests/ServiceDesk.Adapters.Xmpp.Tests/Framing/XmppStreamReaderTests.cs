using System.Text;
using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Framing;
using ServiceDesk.Adapters.Xmpp.Tests.Support;

namespace ServiceDesk.Adapters.Xmpp.Tests.Framing;

public sealed class XmppStreamReaderTests
{
    private const string Header =
        "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' " +
        "id='s1' from='localhost' version='1.0'>";

    private const string Features =
        "<stream:features><sm xmlns='urn:xmpp:sm:3'/></stream:features>";

    private const string Chat =
        "<message type='chat' from='alice@localhost/pc' id='m1'><body>l'imprimante &amp; le <![CDATA[<scanner>]]></body>" +
        "<active xmlns='http://jabber.org/protocol/chatstates'/></message>";

    private static readonly CancellationToken Token = CancellationToken.None;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(100_000)]
    public async Task ReadElementAsync_StanzasSplitAcrossReads_ParsesEach(int sliceBytes)
    {
        using var reader = Reader(Header + Features + " \n " + Chat + "<r xmlns='urn:xmpp:sm:3'/></stream:stream>", sliceBytes);

        var header = await reader.ReadHeaderAsync(Token);
        var features = await reader.ReadElementAsync(Token);
        var chat = await reader.ReadElementAsync(Token);
        var ackRequest = await reader.ReadElementAsync(Token);
        var end = await reader.ReadElementAsync(Token);

        Assert.Equal("s1", header.Id);
        Assert.Equal(XName.Get("features", "http://etherx.jabber.org/streams"), features!.Name);
        Assert.Equal(XName.Get("message", "jabber:client"), chat!.Name);
        Assert.Equal("l'imprimante & le <scanner>", chat.Element(XName.Get("body", "jabber:client"))!.Value);
        Assert.NotNull(chat.Element(XName.Get("active", "http://jabber.org/protocol/chatstates")));
        Assert.Equal("m1", (string?)chat.Attribute("id"));
        Assert.Equal(XName.Get("r", "urn:xmpp:sm:3"), ackRequest!.Name);
        Assert.Null(end);
    }

    [Fact]
    public async Task ReadElementAsync_NextStanzaNotYetSent_ReturnsCurrentOneAtOnce()
    {
        using var pair = await LoopbackPair.CreateAsync();
        using var reader = new XmppStreamReader(pair.ClientStream, 65536);
        await pair.ServerWritesAsync(Header + Chat);

        await reader.ReadHeaderAsync(Token);
        var read = reader.ReadElementAsync(Token).AsTask();
        var completed = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(5), Token));

        Assert.Same(read, completed);
        Assert.Equal("m1", (string?)(await read)!.Attribute("id"));
    }

    [Fact]
    public async Task ReadHeaderAsync_DoctypeBeforeStream_ThrowsMalformed()
    {
        using var reader = Reader("<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY boom 'x'>]>" + Header[21..] + Chat, 16);

        var exception = await Assert.ThrowsAsync<XmppFramingException>(async () => await reader.ReadHeaderAsync(Token));

        Assert.Equal(FramingFault.Malformed, exception.Fault);
    }

    [Theory]
    [InlineData("<!DOCTYPE message [<!ENTITY lol 'lol'>]><message><body>&lol;</body></message>")]
    [InlineData("<message><!ENTITY lol 'lol'><body>x</body></message>")]
    [InlineData("<message><body>&lol;</body></message>")]
    public async Task ReadElementAsync_DtdOrEntityInStanza_ThrowsMalformed(string stanza)
    {
        using var reader = Reader(Header + stanza, 16);
        await reader.ReadHeaderAsync(Token);

        var exception = await Assert.ThrowsAsync<XmppFramingException>(async () => await reader.ReadElementAsync(Token));

        Assert.Equal(FramingFault.Malformed, exception.Fault);
    }

    [Theory]
    [InlineData("<message><body>unclosed</message>")]
    [InlineData("<message to='a' to='b'/>")]
    [InlineData("<message><body>\u0001</body></message>")]
    [InlineData("<undeclared:message/>")]
    public async Task ReadElementAsync_InvalidXml_ThrowsMalformed(string stanza)
    {
        using var reader = Reader(Header + stanza + Chat, 16);
        await reader.ReadHeaderAsync(Token);

        var exception = await Assert.ThrowsAsync<XmppFramingException>(async () => await reader.ReadElementAsync(Token));

        Assert.Equal(FramingFault.Malformed, exception.Fault);
    }

    [Fact]
    public async Task ReadElementAsync_OversizedStanza_ThrowsTooLargeNamingIt()
    {
        var big = $"<message type='chat' from='a@localhost'><body>{new string('x', 64 * 1024)}</body></message>";
        using var reader = Reader(Header + Chat + big + Chat, 1024, maxStanzaBytes: 16 * 1024);
        await reader.ReadHeaderAsync(Token);
        await reader.ReadElementAsync(Token);

        var exception = await Assert.ThrowsAsync<XmppFramingException>(async () => await reader.ReadElementAsync(Token));

        Assert.Equal(FramingFault.TooLarge, exception.Fault);
        Assert.Equal("message", exception.StanzaName);
        Assert.Equal("a@localhost", exception.Sender);
        Assert.True(exception.WasCountedStanza);
    }

    [Fact]
    public async Task ReadElementAsync_StanzaJustUnderLimit_IsRead()
    {
        var body = new string('x', 12 * 1024);
        var stanza = $"<message type='chat'><body>{body}</body></message>";
        using var reader = Reader(Header + stanza + stanza, 4096, maxStanzaBytes: 16 * 1024);
        await reader.ReadHeaderAsync(Token);

        var first = await reader.ReadElementAsync(Token);
        var second = await reader.ReadElementAsync(Token);

        Assert.Equal(body, first!.Value);
        Assert.Equal(body, second!.Value);
    }

    [Fact]
    public async Task ReadElementAsync_WhitespaceKeepAlivesBetweenStanzas_DoNotAddUp()
    {
        var keepAlives = new string(' ', 1000);
        var text = Header + string.Concat(Enumerable.Repeat(keepAlives + "<r xmlns='urn:xmpp:sm:3'/>", 10)) + keepAlives + Chat;
        using var reader = Reader(text, 1, maxStanzaBytes: 4096);
        await reader.ReadHeaderAsync(Token);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("r", (await reader.ReadElementAsync(Token))!.Name.LocalName);
        }

        Assert.Equal("m1", (string?)(await reader.ReadElementAsync(Token))!.Attribute("id"));
    }

    [Fact]
    public async Task ReadElementAsync_ConnectionClosedMidStanza_ThrowsEndOfStream()
    {
        using var reader = Reader(Header + "<message><body>half", 8);
        await reader.ReadHeaderAsync(Token);

        await Assert.ThrowsAsync<EndOfStreamException>(async () => await reader.ReadElementAsync(Token));
    }

    [Fact]
    public async Task ReadHeaderAsync_NotAnXmppStream_ThrowsMalformed()
    {
        using var reader = Reader("<?xml version='1.0'?><html><body/></html>", 8);

        var exception = await Assert.ThrowsAsync<XmppFramingException>(async () => await reader.ReadHeaderAsync(Token));

        Assert.Equal(FramingFault.Malformed, exception.Fault);
    }

    private static XmppStreamReader Reader(string text, int sliceBytes, int maxStanzaBytes = 262144) =>
        new(new SlicedStream(Encoding.UTF8.GetBytes(text), sliceBytes), maxStanzaBytes);
}
