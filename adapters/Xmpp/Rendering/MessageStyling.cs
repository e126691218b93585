using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDesk.Adapters.Xmpp.Rendering;

/// <summary>
/// XEP-0393 message styling, which Conversations, Gajim, Dino and Profanity render: the ticket number and the
/// priority in bold, the person's own description quoted back as a block quote, steps as a "- " list. First,
/// anything in the text that could open a styling span by accident (a person's <c>*urgent*</c>, a pasted
/// <c>&gt; quote</c> or <c>```</c>) is neutralised with an invisible word joiner (U+2060) before the directive, since
/// a span may only open at the start of a line or after whitespace (XEP-0393 §6.2).
/// </summary>
internal static partial class MessageStyling
{
    public const char WordJoiner = '\u2060';

    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = Escape(text);
        var quoted = QuoteDescription(escaped);
        var listed = Steps().Replace(quoted, "- ");
        return Embolden(listed);
    }

    /// <summary>Puts a word joiner before every character that could open a span or a block where it stands.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineStart = i == 0 || text[i - 1] == '\n';
            var opensSpan = c is '*' or '_' or '~' or '`' && (lineStart || char.IsWhiteSpace(text[i - 1]) || IsDirective(text[i - 1]));
            if (opensSpan || (c == '>' && lineStart))
            {
                escaped.Append(WordJoiner);
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static bool IsDirective(char c) => c is '*' or '_' or '~' or '`';

    /// <summary>"Si je vous comprends bien : « … » ; …": the person's words on their own lines, as a block quote.</summary>
    private static string QuoteDescription(string text)
    {
        var opening = QuoteOpening().Match(text);
        if (!opening.Success)
        {
            return text;
        }

        var start = opening.Index + opening.Length;
        var end = opening.Groups["mark"].Value == "«" ? ClosingGuillemet(text, start) : ClosingDoubleQuote(text, start);
        if (end < 0 || end - start < 24)
        {
            return text;
        }

        var words = text[start..end].Trim();
        var quote = string.Join('\n', words.Split('\n').Select(line => "> " + line.Trim()));
        var rest = text[(end + 1)..].TrimStart(' ', ';', ',');
        return $"{text[..opening.Index].TrimEnd()}\n{quote}\n{rest}";
    }

    /// <summary>The » that closes the « before <paramref name="start"/>, past any pair the person's words hold.</summary>
    private static int ClosingGuillemet(string text, int start)
    {
        var depth = 1;
        for (var i = start; i < text.Length; i++)
        {
            depth += text[i] switch { '«' => 1, '»' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The " that ends the quoted words: followed by the list's "; " or the sentence's end, not by more words.</summary>
    private static int ClosingDoubleQuote(string text, int start)
    {
        for (var i = text.IndexOf('"', start); i >= 0; i = text.IndexOf('"', i + 1))
        {
            if (i + 1 == text.Length || text[i + 1] is ';' or '.' or '?' or '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Embolden(string text)
    {
        // Not inside quoted words: the person's "#2" stays theirs.
        // Nor on a line that proposes a command: a technician copies it as it is.
        var parts = QuotedSpans().Split(text);
        var spans = QuotedSpans().Matches(text);
        var styled = new StringBuilder(text.Length + 16);
        for (var i = 0; i < parts.Length; i++)
        {
            styled.Append(BoldTargets().Replace(parts[i], "*$1*"));
            if (i < spans.Count)
            {
                styled.Append(spans[i].Value);
            }
        }

        return styled.ToString();
    }

    [GeneratedRegex(@"(?<=\A[^\n«""]{1,40}:) (?<mark>«|"")", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuoteOpening();

    [GeneratedRegex(@"«[^»]*»|""[^""]*""|^> .*$|^.*(?:^|\s)/[a-z]+\b.*$", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedSpans();

    [GeneratedRegex(@"(?<=^|[\s(])(#\d+|P[1-4])(?=$|[\s.,;:!?)])", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BoldTargets();

    [GeneratedRegex(@"(?m)^[ \t]*[–—•][ \t]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Steps();
}
