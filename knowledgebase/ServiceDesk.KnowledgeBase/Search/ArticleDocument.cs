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
            Text(ArticleFields.Cause(language), article.Cause),
            Text(ArticleFields.Body(language), article.Body),
            Text(ArticleFields.Steps(language), string.Join('\n', article.Workaround.Append(article.Resolution))),
        };
        AddEach(document, ArticleFields.Symptoms(language), article.Symptoms);
        AddEach(document, ArticleFields.AppliesTo(language), article.AppliesTo);
        AddEach(document, ArticleFields.Tags(language), article.Tags);
        var grams = article.Symptoms.Concat(article.Tags).Concat(article.AppliesTo).Prepend(article.Title);
        document.Add(Text(ArticleFields.Grams, string.Join('\n', grams)));
        return document;
    }

    private static TextField Text(string name, string value) => new(name, value, Field.Store.NO);

    private static void AddEach(Document document, string name, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            document.Add(Text(name, value));
        }
    }
}
