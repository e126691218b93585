using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using ServiceDesk.KnowledgeBase.Search;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// The analyzers of one index: per language for text fields, trigrams for the typo field, and
/// the per-field wrapper the writer uses. Analyzers are thread-safe (per-thread token streams).
/// </summary>
internal sealed class LanguageAnalyzers : IDisposable
{
    private readonly FrenchTextAnalyzer _french = new();
    private readonly EnglishTextAnalyzer _english = new();

    public LanguageAnalyzers()
    {
        var perField = new Dictionary<string, Analyzer> { [ArticleFields.Grams] = Trigrams };
        foreach (var field in ArticleFields.Weighted("en"))
        {
            perField[field.Name] = _english;
        }

        ForIndex = new PerFieldAnalyzerWrapper(_french, perField);
    }

    public Analyzer Trigrams { get; } = new TrigramAnalyzer();

    public Analyzer ForIndex { get; }

    public Analyzer For(string language) => language == "en" ? _english : _french;

    public void Dispose()
    {
        ForIndex.Dispose();
        _french.Dispose();
        _english.Dispose();
        Trigrams.Dispose();
    }
}
