using System.Reflection;
using Ns = ServiceDesk.Adapters.Xmpp.Protocol.XmppNamespaces;

namespace ServiceDesk.Adapters.Xmpp.Discovery;

/// <summary>
/// What the bot says about itself: an XEP-0030 identity of category <c>client</c> and type <c>bot</c> (clients mark
/// the contact as a bot), the features it really implements, its XEP-0092 name and version, and the XEP-0115
/// capabilities announced in its presence.
/// </summary>
internal sealed class BotIdentity
{
    /// <summary>The XEP-0115 node: identifies the software, not this deployment.</summary>
    public const string CapsNode = "urn:x-servicedesk:bot";

    public static BotIdentity Default { get; } = new();

    public string Name { get; } = "ServiceDesk";

    public string Version { get; } = ReadVersion();

    public IReadOnlyList<DiscoIdentity> Identities { get; } = [new("client", "bot", "ServiceDesk")];

    public IReadOnlyList<string> Features { get; } =
    [
        Ns.DiscoInfo, Ns.Caps, Ns.Version, Ns.Ping, Ns.Receipts, Ns.ChatStates, Ns.Correction, Ns.Styling,
    ];

    public string CapsVer => field ??= EntityCapabilities.Hash(Identities, Features);

    /// <summary>True for a disco#info request without a node or for our own caps node (XEP-0115 §6.2).</summary>
    public bool Answers(string? node) => node is null || node == $"{CapsNode}#{CapsVer}";

    private static string ReadVersion()
    {
        var assembly = typeof(BotIdentity).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}
