namespace ServiceDesk.KnowledgeBase.Tests;

/// <summary>Small hand-made articles for tests that must not depend on the repository's wording.</summary>
internal static class ArticleSamples
{
    public static KnowledgeArticle Article(
        string id,
        string language,
        string title,
        string[]? symptoms = null,
        string[]? appliesTo = null,
        string cause = "Cause inconnue.",
        string body = "") =>
        new(
            Id: id,
            Title: title,
            Language: language,
            Symptoms: symptoms ?? [title],
            AppliesTo: appliesTo ?? ["Windows"],
            Cause: cause,
            Workaround: ["Redémarrez l'ordinateur."],
            Resolution: "Un technicien intervient.",
            Tags: ["test"],
            Related: [],
            LastReviewed: new DateOnly(2026, 11, 20),
            Kind: ArticleKind.KnownError)
        {
            Body = body,
        };

    public static string FileText(string frontMatter, string body = "# Titre\n\nUn **texte** simple.") =>
        $"---\n{frontMatter.Trim()}\n---\n{body}\n";

    public const string ValidFrontMatter = """
        id: kb-printer-jam
        title: Bourrage papier dans l'imprimante
        language: fr
        symptoms: [ "papier coincé", "Bourrage papier dans le bac 2" ]
        applies_to: [ "Imprimante" ]
        cause: "Une feuille est restée coincée : elle bloque l'entraînement."
        workaround:
          - "Ouvrez le capot avant."
          - "Retirez doucement la feuille."
        resolution: "Un technicien remplace le rouleau d'entraînement."
        tags: [ "imprimante", "papier" ]
        related: [ "kb-printer-offline" ]
        last_reviewed: 2026-11-01
        kind: known-error
        """;
}
