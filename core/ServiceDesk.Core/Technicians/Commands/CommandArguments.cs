using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// The text after a command's name, read from left to right: a ticket number, a word, a known name, the rest.
/// Whatever is missing or malformed throws <see cref="CommandUsageException"/>.
/// </summary>
public sealed class CommandArguments(string text)
{
    private string _rest = (text ?? "").Trim();

    public bool IsEmpty => _rest.Length == 0;

    /// <summary>The next word, or null when nothing is left.</summary>
    public string? NextWord()
    {
        if (_rest.Length == 0)
        {
            return null;
        }

        var end = _rest.IndexOfAny([' ', '\t', '\n', '\r']);
        var word = end < 0 ? _rest : _rest[..end];
        _rest = end < 0 ? "" : _rest[end..].TrimStart();
        return word;
    }

    /// <summary>The next word as a ticket number ("42" or "#42").</summary>
    public TicketNumber Ticket() =>
        TicketNumber.TryParse(NextWord(), out var number) ? number : throw new CommandUsageException();

    /// <summary>Everything left (possibly empty).</summary>
    public string Rest()
    {
        var rest = _rest;
        _rest = "";
        return rest;
    }

    /// <summary>Everything left, which must not be empty.</summary>
    public string RequiredRest() => Rest() is { Length: > 0 } rest ? rest : throw new CommandUsageException();

    /// <summary>
    /// Takes the longest of <paramref name="candidates"/> the text starts with (case-insensitive, followed by a space
    /// or the end), so names with spaces ("poste de travail", "Bruno Martin") read whole; null when none matches.
    /// </summary>
    public string? TakeOneOf(IEnumerable<string> candidates)
    {
        var match = candidates
            .Where(c => c.Length > 0 && _rest.StartsWith(c, StringComparison.OrdinalIgnoreCase)
                && (_rest.Length == c.Length || char.IsWhiteSpace(_rest[c.Length])))
            .OrderByDescending(c => c.Length)
            .FirstOrDefault();
        if (match is not null)
        {
            _rest = _rest[match.Length..].TrimStart();
        }

        return match;
    }
}
