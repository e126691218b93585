namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>
/// Cuts a long text into parts no longer than a limit, at a line break when there is one in the second half of
/// the part, else at a space, else (one enormous word) anywhere but inside a surrogate pair or an mrkdwn escape
/// such as <c>&amp;amp;</c>. Nothing is dropped except the whitespace at the cuts.
/// </summary>
internal static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        List<string> parts = [];
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var cut = CutPoint(rest, limit);
            var part = rest[..cut].TrimEnd();
            if (!part.IsEmpty)
            {
                parts.Add(part.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (!rest.IsEmpty || parts.Count == 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    private static int CutPoint(ReadOnlySpan<char> rest, int limit)
    {
        var window = rest[..(limit + 1)];
        var line = window.LastIndexOf('\n');
        if (line >= limit / 2)
        {
            return line + 1;
        }

        var space = window.LastIndexOfAny(' ', '\t');
        if (space >= limit / 2)
        {
            return space + 1;
        }

        var cut = limit;
        var amp = window[..cut].LastIndexOf('&');
        if (amp > 0 && amp > cut - 5 && rest[amp..Math.Min(rest.Length, amp + 5)].IndexOf(';') is var semi && semi > 0 && amp + semi >= cut)
        {
            cut = amp;
        }

        if (char.IsLowSurrogate(window[cut]) && cut > 0)
        {
            cut--;
        }

        return cut;
    }
}
