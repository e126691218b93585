namespace ServiceDesk.Adapters.Xmpp.Protocol;

/// <summary>
/// A Jabber id split in its parts. Local part and domain are lower-cased (a simple stand-in for
/// nodeprep/nameprep); the resource (a room nickname, a device) keeps its case.
/// </summary>
internal readonly record struct Jid(string? Local, string Domain, string? Resource)
{
    public string Bare => Local is null ? Domain : $"{Local}@{Domain}";

    public override string ToString() => Resource is null ? Bare : $"{Bare}/{Resource}";

    public static Jid? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var bare = slash < 0 ? value : value[..slash];
        var resource = slash < 0 ? null : value[(slash + 1)..];
        var at = bare.IndexOf('@', StringComparison.Ordinal);
        var local = at < 0 ? null : bare[..at];
        var domain = at < 0 ? bare : bare[(at + 1)..];
        if (domain.Length == 0 || local?.Length == 0 || resource?.Length == 0)
        {
            return null;
        }

        return new Jid(local?.ToLowerInvariant(), domain.ToLowerInvariant(), resource);
    }
}
