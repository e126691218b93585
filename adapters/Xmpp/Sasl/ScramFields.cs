using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Sasl;

/// <summary>The <c>x=value</c> attributes of a SCRAM message, comma-separated (RFC 5802 §5.1).</summary>
internal sealed class ScramFields
{
    private readonly Dictionary<char, string> values;

    private ScramFields(Dictionary<char, string> values) => this.values = values;

    public static ScramFields Parse(string message)
    {
        var values = new Dictionary<char, string>();
        foreach (var part in message.Split(','))
        {
            if (part.Length >= 2 && part[1] == '=')
            {
                values.TryAdd(part[0], part[2..]);
            }
        }

        return new ScramFields(values);
    }

    public string Get(char name) =>
        TryGet(name) ?? throw new XmppAuthenticationException($"SCRAM: the server message lacks '{name}='.");

    public string? TryGet(char name) => values.GetValueOrDefault(name);

    public static byte[] DecodeBase64(string value)
    {
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            throw new XmppAuthenticationException("SCRAM: the server sent invalid base64.");
        }
    }
}
