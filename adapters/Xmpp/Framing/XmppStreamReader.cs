using System.Xml;
using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Framing;

/// <summary>
/// Framing: turns the raw inbound byte stream of one XML stream into one <see cref="XElement"/> per
/// top-level element (stanza or nonza), as soon as its end tag arrives.
/// </summary>
/// <remarks>
/// An <see cref="XmlReader"/> reads the network stream directly, with DTDs prohibited and no resolver.
/// Elements are built node by node rather than with <c>XNode.ReadFrom</c>, which would wait for the
/// next stanza's first bytes before returning this one. Any failure is an
/// <see cref="XmppFramingException"/> (or the network's own <see cref="IOException"/>); after one the
/// reader is spent and the stream must be reopened. Not thread-safe: one read at a time.
/// </remarks>
internal sealed class XmppStreamReader : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
        MaxCharactersFromEntities = 0,
    };

    private readonly StanzaBudgetStream input;
    private readonly XmlReader reader;

    public XmppStreamReader(Stream stream, int maxStanzaBytes)
    {
        input = new StanzaBudgetStream(stream, maxStanzaBytes);
        reader = XmlReader.Create(input, Settings);
    }

    /// <summary>Reads up to and including the server's <c>&lt;stream:stream&gt;</c> start tag.</summary>
    public async ValueTask<StreamHeader> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        input.CurrentToken = cancellationToken;
        input.CurrentStanza = "stream:stream";
        input.Mark();
        do
        {
            await NextNodeAsync().ConfigureAwait(false);
        }
        while (reader.NodeType != XmlNodeType.Element);

        if (reader.LocalName != "stream" || reader.NamespaceURI != XmppNamespaces.Streams)
        {
            throw new XmppFramingException(FramingFault.Malformed, $"Expected <stream:stream>, got <{reader.Name}>.");
        }

        return new StreamHeader(reader.GetAttribute("id"), reader.GetAttribute("from"), reader.GetAttribute("version"));
    }

    /// <summary>The next top-level element, or null once the server closed the stream with its end tag.</summary>
    public async ValueTask<XElement?> ReadElementAsync(CancellationToken cancellationToken)
    {
        input.CurrentToken = cancellationToken;
        input.CurrentStanza = null;
        input.CurrentSender = null;
        input.Mark();
        while (true)
        {
            await NextNodeAsync().ConfigureAwait(false);
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement:
                    return null;
                case XmlNodeType.Element:
                    input.CurrentStanza = reader.LocalName;
                    input.CurrentSender = reader.GetAttribute("from");
                    return await ReadSubtreeAsync().ConfigureAwait(false);
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.Text
                    when string.IsNullOrWhiteSpace(await ValueAsync().ConfigureAwait(false)):
                    input.Mark(); // whitespace keep-alives never add up to a stanza
                    break;
                default:
                    throw new XmppFramingException(FramingFault.Malformed, $"Unexpected {reader.NodeType} between stanzas.");
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private async ValueTask<XElement> ReadSubtreeAsync()
    {
        var root = StartElement();
        if (reader.IsEmptyElement)
        {
            return root;
        }

        var current = root;
        while (true)
        {
            await NextNodeAsync().ConfigureAwait(false);
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var child = StartElement();
                    current.Add(child);
                    current = reader.IsEmptyElement ? current : child;
                    break;
                case XmlNodeType.EndElement when current == root:
                    return root;
                case XmlNodeType.EndElement:
                    current = current.Parent!;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    current.Add(new XText(await ValueAsync().ConfigureAwait(false)));
                    break;
            }
        }
    }

    private XElement StartElement()
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return element;
    }

    private async ValueTask NextNodeAsync()
    {
        if (!await GuardAsync(reader.ReadAsync).ConfigureAwait(false))
        {
            throw new EndOfStreamException("The server closed the connection.");
        }
    }

    /// <summary>A text node's value may still be arriving: read it without blocking.</summary>
    private Task<string> ValueAsync() => GuardAsync(reader.GetValueAsync);

    /// <summary>Maps the XML reader's failures to the framing ones.</summary>
    private async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (XmlException ex) when (input.ReachedEnd)
        {
            throw new EndOfStreamException("The server closed the connection.", ex);
        }
        catch (XmlException ex)
        {
            throw new XmppFramingException(FramingFault.Malformed, $"Invalid XML from the server: {ex.Message}", input.CurrentStanza, ex) { Sender = input.CurrentSender };
        }
    }
}
