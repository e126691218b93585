using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>A received IQ; <see cref="Payload"/> is the qualified name of its child, if any.</summary>
internal sealed record IqStanza(string? Id, IqKind Kind, Jid? From, XName? Payload) : Stanza
{
    /// <summary>The payload's <c>node</c> attribute (XEP-0030 asks about a node, e.g. the XEP-0115 caps node).</summary>
    public string? Node { get; init; }

    public bool IsRequest => Kind is IqKind.Get or IqKind.Set;
}
