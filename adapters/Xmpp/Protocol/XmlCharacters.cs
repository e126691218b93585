using System.Text;
using System.Xml;

namespace ServiceDesk.Adapters.Xmpp.Protocol;

/// <summary>Removes characters XML 1.0 cannot carry, so any text the core hands over can be sent.</summary>
internal static class XmlCharacters
{
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var changed = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else
            {
                changed = true;
            }
        }

        return changed ? builder.ToString() : text;
    }
}
