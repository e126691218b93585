using System.Text;
using System.Text.RegularExpressions;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// Spellings that the tokenizer would split differently in articles and in messages ("Wi-Fi" in an
/// article, "wifi" in a chat), mapped to one form before tokenizing, on both sides. "Mot de passe"
/// (and near misses such as "mot de pase") becomes one word, so that "rien ne se passe" stops
/// matching every password article.
/// </summary>
/// <remarks>
/// Done on the text as a string, with what Lucene's <c>MappingCharFilter</c> then <c>PatternReplaceCharFilter</c> did
/// (the longest spelling at each place, left to right, then the pattern over the whole result): those two filters
/// allocated about 23 kB per text analyzed (their buffers), a fifth of what a knowledge-base search allocated, and a
/// search analyzes the message five or six times. Nothing reads the offsets the filters corrected (no highlighting).
/// <c>CharMappingsTests</c> checks the result against the two filters.
/// </remarks>
internal static partial class CharMappings
{
    /// <summary>Each spelling and its one form (an array: walked at each place of each text, without an enumerator).</summary>
    internal static readonly (string Spelling, string Form)[] Pairs =
    [
        ("Wi-Fi", "wifi"), ("wi-fi", "wifi"), ("WI-FI", "wifi"), ("Wi-fi", "wifi"), ("WiFi", "wifi"),
        ("e-mail", "email"), ("E-mail", "email"), ("e-mails", "emails"),
        ("One Drive", "onedrive"), ("one drive", "onedrive"), ("OneDrive", "onedrive"),
        ("’", "'"),
    ];

    /// <summary>The replacement of <see cref="PasswordPhrase"/>.</summary>
    internal const string PasswordForm = "motdepasse";

    private static readonly string FirstLetters = string.Concat(Pairs.Select(p => p.Spelling[0]).Distinct());

    /// <summary>What an analyzer reads instead of <paramref name="reader"/>: the text with its spellings mapped.</summary>
    public static TextReader Wrap(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new StringReader(Apply(reader.ReadToEnd()));
    }

    /// <summary>The spellings mapped to their form (the longest one at each place), then the password phrase made one word.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PasswordPhrase().Replace(MapSpellings(text), PasswordForm);
    }

    private static string MapSpellings(string text)
    {
        var next = text.AsSpan().IndexOfAny(FirstLetters);
        if (next < 0)
        {
            return text;
        }

        StringBuilder? mapped = null;
        var copied = 0;
        for (var at = next; at < text.Length; at++)
        {
            if (Longest(text.AsSpan(at)) is not { } pair)
            {
                continue;
            }

            mapped ??= new StringBuilder(text.Length);
            mapped.Append(text, copied, at - copied).Append(pair.Form);
            copied = at + pair.Spelling.Length;
            at = copied - 1;
        }

        return mapped is null ? text : mapped.Append(text, copied, text.Length - copied).ToString();
    }

    private static (string Spelling, string Form)? Longest(ReadOnlySpan<char> rest)
    {
        (string Spelling, string Form)? longest = null;
        foreach (var pair in Pairs)
        {
            if (rest.StartsWith(pair.Spelling, StringComparison.Ordinal) && pair.Spelling.Length > (longest?.Spelling.Length ?? 0))
            {
                longest = pair;
            }
        }

        return longest;
    }

    [GeneratedRegex(@"\b[Mm][Oo][Tt][Ss]?[\s-]+[Dd][Ee][\s-]+[Pp][Aa][SsZz]\w{0,4}\b")]
    internal static partial Regex PasswordPhrase();
}
