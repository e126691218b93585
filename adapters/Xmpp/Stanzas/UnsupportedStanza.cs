using System.Xml.Linq;

namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>Any other top-level element; logged and ignored.</summary>
internal sealed record UnsupportedStanza(XName Name) : Stanza;
