using System.Globalization;

namespace ServiceDesk.KnowledgeBase.Tests.Evaluation;

/// <summary>Recall@1 and recall@3 of a search over a labelled set, with the phrasings it missed.</summary>
public sealed record RecallReport(int Total, int HitsAt1, int HitsAt3, IReadOnlyList<string> Misses)
{
    public double RecallAt1 => Total == 0 ? 0 : (double)HitsAt1 / Total;

    public double RecallAt3 => Total == 0 ? 0 : (double)HitsAt3 / Total;

    public static RecallReport Measure(IKnowledgeBase knowledgeBase, IReadOnlyList<LabelledPhrasing> set)
    {
        int at1 = 0, at3 = 0;
        var misses = new List<string>();
        foreach (var phrasing in set)
        {
            var ids = knowledgeBase.Search(phrasing.Text, phrasing.Language, top: 3).Select(m => m.Article.Id).ToList();
            at1 += ids.FirstOrDefault() == phrasing.Expected ? 1 : 0;
            at3 += ids.Contains(phrasing.Expected) ? 1 : 0;
            if (ids.FirstOrDefault() != phrasing.Expected)
            {
                misses.Add($"{phrasing.Text} -> expected {phrasing.Expected}, got [{string.Join(", ", ids)}]");
            }
        }

        return new RecallReport(set.Count, at1, at3, misses);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Total} phrasings: recall@1 {RecallAt1:0.000} ({HitsAt1}), recall@3 {RecallAt3:0.000} ({HitsAt3})");
}
