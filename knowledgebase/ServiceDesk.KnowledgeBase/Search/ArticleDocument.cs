using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// Builds the Lucene document of one article. Nothing is stored: the key is indexed (to replace an
/// article) and kept as a doc value (read per hit without decompressing stored fields); the article
/// itself stays in memory.
/// </summary>
internal static class ArticleDocument
{
    /// <param name="article">The article.</param>
    /// <param name="withTrigrams">Whether to fill the trigram field (only the n-gram typo tolerances read it).</param>
    public static Document Create(KnowledgeArticle article, bool withTrigrams)
    {
        var language = article.Language;
        var document = new Document
        {
            new StringField(ArticleFields.Key, ArticleFields.KeyOf(article.Id, language), Field.Store.NO),
            new BinaryDocValuesField(ArticleFields.Key, new BytesRef(ArticleFields.KeyOf(article.Id, language))),
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

        if (withTrigrams)
        {
            var grams = article.Symptoms.Concat(article.Tags).Concat(article.AppliesTo).Prepend(article.Title);
            document.Add(Text(ArticleFields.Grams, string.Join('\n', grams)));
        }

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
