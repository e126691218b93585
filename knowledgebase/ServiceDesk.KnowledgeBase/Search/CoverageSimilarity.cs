using Lucene.Net.Search.Similarities;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// Classic TF-IDF scoring with a steeper coordination factor: an article that matches only one
/// word of a four-word message ("réunion" in "à quelle heure commence la réunion") scores far
/// below one that matches most of them, which keeps unrelated sentences under the minimum score.
/// </summary>
internal sealed class CoverageSimilarity(double exponent) : DefaultSimilarity
{
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap == 0 ? 0f : (float)Math.Pow((double)overlap / maxOverlap, exponent);
}
