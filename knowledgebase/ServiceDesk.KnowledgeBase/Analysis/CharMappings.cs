using System.Text.RegularExpressions;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Pattern;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// Spellings that the tokenizer would split differently in articles and in messages ("Wi-Fi" in an
/// article, "wifi" in a chat), mapped to one form before tokenizing, on both sides. "Mot de passe"
/// (and near misses such as "mot de pase") becomes one word, so that "rien ne se passe" stops
/// matching every password article.
/// </summary>
internal static partial class CharMappings
{
    private static readonly NormalizeCharMap Map = Build();

    public static TextReader Wrap(TextReader reader) =>
        new PatternReplaceCharFilter(PasswordPhrase(), "motdepasse", new MappingCharFilter(Map, reader));

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        string[][] pairs =
        [
            ["Wi-Fi", "wifi"], ["wi-fi", "wifi"], ["WI-FI", "wifi"], ["Wi-fi", "wifi"], ["WiFi", "wifi"],
            ["e-mail", "email"], ["E-mail", "email"], ["e-mails", "emails"],
            ["One Drive", "onedrive"], ["one drive", "onedrive"], ["OneDrive", "onedrive"],
            ["’", "'"],
        ];
        foreach (var pair in pairs)
        {
            builder.Add(pair[0], pair[1]);
        }

        return builder.Build();
    }

    [GeneratedRegex(@"\b[Mm][Oo][Tt][Ss]?[\s-]+[Dd][Ee][\s-]+[Pp][Aa][SsZz]\w{0,4}\b")]
    private static partial Regex PasswordPhrase();
}
