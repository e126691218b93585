using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The configured technicians: the only people the technician commands accept. Immutable once built.
/// </summary>
public sealed class TechnicianDirectory(IEnumerable<Technician> technicians)
{
    private readonly IReadOnlyList<Technician> _all = [.. technicians];

    public IReadOnlyList<Technician> All => _all;

    /// <summary>Every group some technician belongs to.</summary>
    public IReadOnlyList<string> Groups =>
        [.. _all.SelectMany(t => t.Groups).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The technician writing from this address, or null for anyone else.</summary>
    public Technician? Find(ChannelAddress? address) => address is { } a ? _all.FirstOrDefault(t => t.Uses(a)) : null;

    /// <summary>The technician with this identity (as stored in tickets).</summary>
    public Technician? ById(string? id) => id is null ? null : _all.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// Reads how a technician named someone in a command: their full name, first name or address
    /// ("bruno", "Bruno Martin", "bruno@example.org"); null when none or several match.
    /// </summary>
    public Technician? Named(string text)
    {
        var wanted = text.Trim().TrimStart('@');
        var matches = _all.Where(t => Same(t.Name, wanted) || Same(t.Name.Split(' ')[0], wanted)
            || t.Addresses.Any(a => Same(a.Value, wanted) || Same(a.Value.Split('@')[0], wanted))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The group's name as configured, when some technician belongs to it.</summary>
    public string? Group(string text) => Groups.FirstOrDefault(g => Same(g, text.Trim()));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
