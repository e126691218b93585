using System.Text;

namespace ServiceDesk.Adapters.Slack.Rendering;

/// <summary>
/// Slack's mrkdwn: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are escaped (so a person's "&lt;@U…&gt;" or
/// "&lt;!channel&gt;" in a quoted text never pings anyone), <c>*bold*</c> for emphasis. Nothing else is HTML-encoded.
/// </summary>
internal static class Mrkdwn
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Bold text, escaped; each line bolded on its own (a bold span does not cross a line break in Slack).</summary>
    public static string Bold(string text) =>
        string.Join('\n', Escape(text).Split('\n').Select(line => line.Trim().Length == 0 ? line : $"*{line.Trim()}*"));
}
