namespace ServiceDesk.Bot;

/// <summary>
/// Which leftover command-line tokens are configuration overrides: <c>--Section:Key=value</c>, <c>--Key=value</c>,
/// <c>/Key=value</c>, or <c>--Section:Key value</c> (the value as the next token). Anything else is a mistake.
/// </summary>
internal static class ConfigurationOverrides
{
    /// <summary>The tokens that are not configuration overrides.</summary>
    public static IReadOnlyList<string> Stray(IReadOnlyList<string> tokens)
    {
        var stray = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsKeyValue(tokens[i]))
            {
                continue;
            }

            if (IsKey(tokens[i]) && i + 1 < tokens.Count && !IsOption(tokens[i + 1]))
            {
                i++;
                continue;
            }

            stray.Add(tokens[i]);
        }

        return stray;
    }

    /// <summary>Only the overrides among <paramref name="tokens"/>, for the configuration builder.</summary>
    public static string[] Only(IEnumerable<string> tokens)
    {
        var list = tokens.ToList();
        var stray = Stray(list).ToHashSet(StringComparer.Ordinal);
        return [.. list.Where(t => !stray.Contains(t))];
    }

    private static bool IsOption(string token) => token.StartsWith('-') || token.StartsWith('/');

    private static bool IsKeyValue(string token) => IsOption(token) && token.Contains('=', StringComparison.Ordinal) && token.TrimStart('-', '/').Length > 1;

    private static bool IsKey(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains(':', StringComparison.Ordinal);
}
