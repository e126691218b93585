using System.Text;
using System.Xml.Linq;

namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>
/// Writes a stanza built as an <see cref="XElement"/> as the text sent on the stream, without an <c>XmlWriter</c>:
/// elements, attributes (none, or in the <c>xml:</c> namespace) and text, each element's namespace declared where it
/// differs from its parent's, text and attribute values escaped. Anything else (a comment, CDATA, another prefixed
/// attribute or namespace declaration, a character XML does not allow) is left to <c>XElement.ToString</c>, which writes
/// or refuses it as before.
/// </summary>
/// <remarks>
/// <c>XElement.ToString</c> builds an <c>XmlWriter</c> and its buffers for every stanza: about 15 kB and 20 µs each,
/// four or five stanzas per message answered (the receipt, the chat state, the answer, acknowledgements), which the
/// load bench's profile showed among the bot's costs per message. What is written here parses to the same element
/// (tests compare both for every stanza the adapter builds).
/// </remarks>
internal static class StanzaText
{
    private const int KeptCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_text;

    public static string Write(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var text = t_text ?? new StringBuilder(1024);
        t_text = null;
        try
        {
            text.Clear();
            return TryWrite(text, element, XNamespace.None)
                ? text.ToString()
                : element.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);
        }
        finally
        {
            if (text.Capacity <= KeptCapacity)
            {
                t_text = text;
            }
        }
    }

    private static bool TryWrite(StringBuilder text, XElement element, XNamespace inScope)
    {
        var name = element.Name;
        text.Append('<').Append(name.LocalName);
        if (name.Namespace != inScope)
        {
            text.Append(" xmlns=\"");
            if (!Escape(text, name.NamespaceName, attribute: true))
            {
                return false;
            }

            text.Append('"');
        }

        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.IsNamespaceDeclaration)
            {
                // The element's own default namespace, declared again: already written above (or inherited).
                if (attribute.Name == XNamespace.None + "xmlns" && attribute.Value == name.NamespaceName)
                {
                    continue;
                }

                return false;
            }

            var prefix = attribute.Name.Namespace == XNamespace.None ? ""
                : attribute.Name.Namespace == XNamespace.Xml ? "xml:"
                : null;
            if (prefix is null)
            {
                return false;
            }

            text.Append(' ').Append(prefix).Append(attribute.Name.LocalName).Append("=\"");
            if (!Escape(text, attribute.Value, attribute: true))
            {
                return false;
            }

            text.Append('"');
        }

        if (element.IsEmpty)
        {
            text.Append("/>");
            return true;
        }

        text.Append('>');
        foreach (var node in element.Nodes())
        {
            var written = node switch
            {
                XElement child => TryWrite(text, child, name.Namespace),
                XCData => false,
                XText part => Escape(text, part.Value, attribute: false),
                _ => false,
            };
            if (!written)
            {
                return false;
            }
        }

        text.Append("</").Append(name.LocalName).Append('>');
        return true;
    }

    /// <summary>Appends <paramref name="value"/> escaped; false when it holds a character XML 1.0 does not allow.</summary>
    private static bool Escape(StringBuilder text, string value, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escaped = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\n' when attribute => "&#xA;",
                '\t' when attribute => "&#x9;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (escaped is null)
            {
                if (c >= ' ' ? !Allowed(value, ref i) : c is not ('\n' or '\t'))
                {
                    return false;
                }

                continue;
            }

            text.Append(value, start, i - start).Append(escaped);
            start = i + 1;
        }

        text.Append(value, start, value.Length - start);
        return true;
    }

    /// <summary>A character from U+0020 on at <paramref name="at"/> (a surrogate pair moves past its second half).</summary>
    private static bool Allowed(string value, ref int at)
    {
        var c = value[at];
        if (char.IsHighSurrogate(c))
        {
            if (at + 1 < value.Length && char.IsLowSurrogate(value[at + 1]))
            {
                at++;
                return true;
            }

            return false;
        }

        return !char.IsLowSurrogate(c) && c is not ('\uFFFE' or '\uFFFF');
    }
}
