using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>Gives every searcher of the store the coverage-aware similarity.</summary>
internal sealed class CoverageSearcherFactory(double exponent) : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = new CoverageSimilarity(exponent) };
}
