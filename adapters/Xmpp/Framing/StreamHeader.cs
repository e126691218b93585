namespace ServiceDesk.Adapters.Xmpp.Framing;

/// <summary>The attributes of the server's <c>&lt;stream:stream&gt;</c> opening tag.</summary>
internal sealed record StreamHeader(string? Id, string? From, string? Version);
