using ServiceDesk.Adapters.Xmpp.Avatar;

namespace ServiceDesk.Adapters.Xmpp.Discovery;

/// <summary>How the bot shows itself in people's clients: who it is, its status text, its avatar (if any).</summary>
internal sealed record BotPresence(BotIdentity Identity, string? Status, BotAvatar? Avatar);
