namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// Field names of the index. Text fields carry the article's language as a suffix
/// ("head_fr", "head_en") so that each is analyzed with that language's analyzer.
/// </summary>
/// <remarks>
/// Five text fields per language rather than one per front-matter entry: a search reads one
/// posting list per word and field, so fewer fields is what keeps a search under a millisecond
/// at 10,000 articles. Title, symptoms and cause stay apart (short fields, where a matching word
/// counts most); tags and applications share one field, and the long explanation (steps,
/// resolution, body) another.
/// </remarks>
internal static class ArticleFields
{
    public const string Key = "key";
    public const string Id = "id";
    public const string Language = "language";
    public const string Grams = "grams";

    public static IReadOnlyList<string> Languages { get; } = ["fr", "en"];

    public static string Title(string language) => $"title_{language}";

    public static string Symptoms(string language) => $"symptoms_{language}";

    /// <summary>Tags and the applications or devices the article applies to.</summary>
    public static string Labels(string language) => $"labels_{language}";

    public static string Cause(string language) => $"cause_{language}";

    /// <summary>Workaround steps, resolution and body.</summary>
    public static string Details(string language) => $"details_{language}";

    public static string KeyOf(string id, string language) => $"{id}|{language}";

    /// <summary>Names of the fields a message is matched against, in one language.</summary>
    public static IReadOnlyList<string> Names(string language) => language == "en" ? EnglishNames : FrenchNames;

    private static readonly IReadOnlyList<string> FrenchNames = [.. Weighted("fr").Select(f => f.Name)];
    private static readonly IReadOnlyList<string> EnglishNames = [.. Weighted("en").Select(f => f.Name)];

    /// <summary>The fields a message is matched against, with their weights.</summary>
    public static IReadOnlyList<WeightedField> Weighted(string language) =>
    [
        new(Title(language), 3.0f, Short: true),
        new(Symptoms(language), 3.0f, Short: true),
        new(Labels(language), 2.0f, Short: true),
        new(Cause(language), 1.0f, Short: false),
        new(Details(language), 0.6f, Short: false),
    ];
}
