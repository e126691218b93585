namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// Field names of the index. Text fields carry the article's language as a suffix
/// ("title_fr", "title_en") so that each is analyzed with that language's analyzer.
/// </summary>
internal static class ArticleFields
{
    public const string Key = "key";
    public const string Id = "id";
    public const string Language = "language";
    public const string Grams = "grams";

    public static IReadOnlyList<string> Languages { get; } = ["fr", "en"];

    public static string Title(string language) => $"title_{language}";

    public static string Symptoms(string language) => $"symptoms_{language}";

    public static string AppliesTo(string language) => $"applies_{language}";

    public static string Tags(string language) => $"tags_{language}";

    public static string Cause(string language) => $"cause_{language}";

    public static string Steps(string language) => $"steps_{language}";

    public static string Body(string language) => $"body_{language}";

    public static string KeyOf(string id, string language) => $"{id}|{language}";

    /// <summary>Names of the fields a message is matched against, in one language.</summary>
    public static IReadOnlyList<string> Names(string language) => language == "en" ? EnglishNames : FrenchNames;

    private static readonly IReadOnlyList<string> FrenchNames = [.. Weighted("fr").Select(f => f.Name)];
    private static readonly IReadOnlyList<string> EnglishNames = [.. Weighted("en").Select(f => f.Name)];

    /// <summary>The fields a message is matched against, with their weights.</summary>
    public static IReadOnlyList<WeightedField> Weighted(string language) =>
    [
        new(Title(language), 3.0f, Fuzzy: true),
        new(Symptoms(language), 3.0f, Fuzzy: true),
        new(Tags(language), 2.0f, Fuzzy: true),
        new(AppliesTo(language), 2.0f, Fuzzy: true),
        new(Cause(language), 1.0f, Fuzzy: false),
        new(Steps(language), 0.7f, Fuzzy: false),
        new(Body(language), 0.5f, Fuzzy: false),
    ];
}
