using Lucene.Net.Documents;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>Builds the Lucene document of one article; only the key is stored, the article stays in memory.</summary>
internal static class ArticleDocument
{
    public static Document Create(KnowledgeArticle article)
    {
        var language = article.Language;
        var document = new Document
        {
            new StringField(ArticleFields.Key, ArticleFields.KeyOf(article.Id, language), Field.Store.YES),
            new StringField(ArticleFields.Id, article.Id, Field.Store.NO),
            new StringField(ArticleFields.Language, language, Field.Store.NO),
            Text(ArticleFields.Title(language), article.Title),
            Text(ArticleFields.Labels(language), LabelsText(article)),
            Text(ArticleFields.Cause(language), article.Cause),
            Text(ArticleFields.Details(language), DetailsText(article)),
        };
        foreach (var symptom in article.Symptoms)
        {
            document.Add(Text(ArticleFields.Symptoms(language), symptom));
        }

        var grams = article.Symptoms.Concat(article.Tags).Concat(article.AppliesTo).Prepend(article.Title);
        document.Add(Text(ArticleFields.Grams, string.Join('\n', grams)));
        return document;
    }

    /// <summary>The text of the head field (title and symptoms).</summary>
    public static string HeadText(KnowledgeArticle article) => string.Join('\n', article.Symptoms.Prepend(article.Title));

    /// <summary>The text of the labels field (tags and what the article applies to).</summary>
    public static string LabelsText(KnowledgeArticle article) => string.Join('\n', article.Tags.Concat(article.AppliesTo));

    private static string DetailsText(KnowledgeArticle article) =>
        string.Join('\n', article.Workaround.Append(article.Resolution).Append(article.Body));

    private static TextField Text(string name, string value) => new(name, value, Field.Store.NO);
}
