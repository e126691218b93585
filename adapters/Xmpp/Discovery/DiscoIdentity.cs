namespace ServiceDesk.Adapters.Xmpp.Discovery;

/// <summary>An XEP-0030 identity: what kind of entity answers (category/type), its language and human name.</summary>
internal sealed record DiscoIdentity(string Category, string Type, string Name, string Lang = "");
