using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceDesk.KnowledgeBase.Parsing;

/// <summary>Checks each front-matter value and builds the article record from them.</summary>
internal static partial class ArticleBuilder
{
    public static KnowledgeArticle Build(FrontMatterFields fields)
    {
        var id = fields.Text("id");
        if (!IdPattern().IsMatch(id))
        {
            throw new FormatException($"'id' must look like kb-some-words (lowercase, digits, dashes), got '{id}'");
        }

        return new KnowledgeArticle(
            Id: id,
            Title: fields.Text("title"),
            Language: Language(fields.Text("language")),
            Symptoms: fields.List("symptoms", mayBeEmpty: false),
            AppliesTo: fields.List("applies_to", mayBeEmpty: false),
            Cause: fields.Text("cause"),
            Workaround: fields.List("workaround", mayBeEmpty: false),
            Resolution: fields.Text("resolution"),
            Tags: fields.List("tags", mayBeEmpty: false),
            Related: fields.List("related", mayBeEmpty: true),
            LastReviewed: Date(fields.Text("last_reviewed")),
            Kind: Kind(fields.Text("kind")));
    }

    private static string Language(string value) => value is "fr" or "en"
        ? value
        : throw new FormatException($"'language' must be fr or en, got '{value}'");

    private static DateOnly Date(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'last_reviewed' must be a date like 2026-11-01, got '{value}'");

    private static ArticleKind Kind(string value) => value switch
    {
        "known-error" => ArticleKind.KnownError,
        "how-to" => ArticleKind.HowTo,
        "procedure" => ArticleKind.Procedure,
        _ => throw new FormatException($"'kind' must be known-error, how-to or procedure, got '{value}'"),
    };

    [GeneratedRegex("^kb-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
