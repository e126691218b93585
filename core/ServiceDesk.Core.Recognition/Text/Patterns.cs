using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Recognition.Text;

/// <summary>
/// Builds the recognizers' regular expressions one way: compiled, culture-invariant, with a match
/// timeout so that no input (even 100 kB of noise) can hold a caller for long.
/// </summary>
internal static class Patterns
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Regex Create(string pattern, bool ignoreCase = false)
    {
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        if (ignoreCase) options |= RegexOptions.IgnoreCase;
        return new Regex(pattern, options, Timeout);
    }

    /// <summary>
    /// For a yes/no test of a pattern anchored at the end ("…\s*$"): matched from the right, so
    /// that each try fails at once except at the end. Only for IsMatch: groups may differ.
    /// </summary>
    public static Regex CreateEndAnchored(string pattern) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft, Timeout);

    /// <summary>Matches of <paramref name="regex"/>, or none when the input took too long to scan.</summary>
    public static IEnumerable<Match> Scan(Regex regex, string text)
    {
        var match = SafeMatch(regex, text, 0);
        while (match is { Success: true })
        {
            yield return match;
            var next = match.Length == 0 ? match.Index + 1 : match.Index + match.Length;
            if (next > text.Length) yield break;
            match = SafeMatch(regex, text, next);
        }
    }

    /// <summary>Whether <paramref name="regex"/> matches <paramref name="text"/>; false when the input took too long to scan.</summary>
    public static bool IsMatch(Regex regex, ReadOnlySpan<char> text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Match? SafeMatch(Regex regex, string text, int start)
    {
        try
        {
            return regex.Match(text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
