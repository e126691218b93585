namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>A slash command as typed: its name (lower case) and the text after it.</summary>
public sealed record CommandLine(string Name, string Arguments)
{
    /// <summary>
    /// Reads "/take #42" as ("take", "#42"); null when the text is not a command (no leading slash, or no name
    /// made of letters, digits and dashes right after it).
    /// </summary>
    public static CommandLine? Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length < 2 || trimmed[0] != '/')
        {
            return null;
        }

        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var name = trimmed[1..end];
        return name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c == '-')
            ? new CommandLine(name.ToLowerInvariant(), trimmed[end..].Trim())
            : null;
    }
}
