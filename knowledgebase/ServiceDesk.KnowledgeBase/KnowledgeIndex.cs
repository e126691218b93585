using Lucene.Net.Documents;
using System.Collections.Concurrent;
using ServiceDesk.KnowledgeBase.Analysis;
using ServiceDesk.KnowledgeBase.Search;

namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// The knowledge base held in memory: a Lucene index over every article in both languages,
/// rebuilt from the article files at start-up and extended at run time by <see cref="Add"/>.
/// </summary>
/// <remarks>
/// Thread-safe: searches run concurrently on shared near-real-time searchers; additions are
/// serialised and visible to searches as soon as <see cref="Add"/> returns. Dispose once, at
/// shutdown, after the last search.
/// </remarks>
public sealed class KnowledgeIndex : IKnowledgeBase, IDisposable
{
    private const int HitsPerResult = 4;

    private readonly ConcurrentDictionary<string, KnowledgeArticle> _articles = new(StringComparer.Ordinal);
    private readonly LanguageAnalyzers _analyzers = new();
    private readonly LuceneStore _store;
    private readonly QueryComposer _composer;
    private readonly KnowledgeSearchOptions _options;
    private readonly Dictionary<string, SpellingNeighbours> _neighbours = ArticleFields.Languages.ToDictionary(l => l, _ => new SpellingNeighbours());

    public KnowledgeIndex(IEnumerable<KnowledgeArticle> articles, KnowledgeSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        _options = options ?? KnowledgeSearchOptions.Default;
        _store = new LuceneStore(_analyzers.ForIndex, _options.CoverageExponent);
        _composer = new QueryComposer(_analyzers, _options, Known, language => _neighbours[language]);
        Put(articles, replaceExisting: false);
    }

    /// <summary>How many article versions (one per id and language) the index holds.</summary>
    public int Count => _articles.Count;

    /// <summary>Every article version held, in no particular order.</summary>
    public IReadOnlyCollection<KnowledgeArticle> Articles => [.. _articles.Values];

    public IReadOnlyList<KnowledgeMatch> Search(string text, string language, SearchFacts? facts = null, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var preferred = language == "en" ? "en" : "fr";
        var query = _composer.Compose(text, preferred, facts);
        if (query is null)
        {
            return [];
        }

        var hits = _store.Search(query, top * HitsPerResult);
        return MatchRanking.Rank(hits, Lookup, preferred, _options.MinimumScore, top);
    }

    /// <summary>
    /// "fr" or "en" for a message, from its function words and from which language's articles
    /// know its other words ("printer says offline" is English although it has no function word).
    /// </summary>
    public string DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageDetector.Detect(text, KnownWords(text, "fr"), KnownWords(text, "en"));
    }

    public KnowledgeArticle? Find(string id, string language) => Lookup(ArticleFields.KeyOf(id, language));

    public void Add(KnowledgeArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Put([article], replaceExisting: true);
    }

    public bool Remove(string id, string language)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = ArticleFields.KeyOf(id, language);
        if (!_articles.TryRemove(key, out _))
        {
            return false;
        }

        _store.Delete(key);
        return true;
    }

    public void Dispose()
    {
        _store.Dispose();
        _analyzers.Dispose();
    }

    private int KnownWords(string text, string language) =>
        Known(AnalyzedTerms.Of(_analyzers.For(language), "text", text), language).Count(known => known);

    private bool[] Known(IReadOnlyList<string> terms, string language) => _store.Contains(ArticleFields.Names(language), terms);

    private KnowledgeArticle? Lookup(string key) => _articles.GetValueOrDefault(key);

    private void LearnWords(KnowledgeArticle article)
    {
        var analyzer = _analyzers.For(article.Language);
        var neighbours = _neighbours[article.Language == "en" ? "en" : "fr"];
        foreach (var text in new[] { ArticleDocument.HeadText(article), ArticleDocument.LabelsText(article) })
        {
            foreach (var term in AnalyzedTerms.Of(analyzer, "text", text))
            {
                neighbours.Add(term);
            }
        }
    }

    private void Put(IEnumerable<KnowledgeArticle> articles, bool replaceExisting)
    {
        var withTrigrams = _options.TypoTolerance is TypoTolerance.NGrams or TypoTolerance.FuzzyAndNGrams;
        var documents = new List<(string Key, Document Document)>();
        foreach (var article in articles)
        {
            var key = ArticleFields.KeyOf(article.Id, article.Language);
            documents.Add((key, ArticleDocument.Create(article, withTrigrams)));
            _articles[key] = article;
            LearnWords(article);
        }

        _store.Put(documents, replaceExisting);
    }
}
