using Xunit.Abstractions;

namespace ServiceDesk.KnowledgeBase.Tests.Evaluation;

/// <summary>
/// Compares the typo tolerance modes on the labelled phrasings with generated typos, at the
/// default minimum score. The default (fuzzy) must do at least as well as no tolerance.
/// </summary>
public sealed class TypoToleranceTests(RepositoryKnowledgeBase repository, ITestOutputHelper output)
    : IClassFixture<RepositoryKnowledgeBase>
{
    [Fact]
    public void Search_GeneratedTypos_DefaultToleranceBeatsNone()
    {
        var typos = GeneratedTypos.From(LabelledPhrasing.ReadAll("kb-eval.jsonl").Concat(LabelledPhrasing.ReadAll("kb-eval-holdout.jsonl")));
        var reports = new Dictionary<TypoTolerance, RecallReport>();
        foreach (var mode in Enum.GetValues<TypoTolerance>())
        {
            using var index = new KnowledgeIndex(repository.Loaded.Articles, KnowledgeSearchOptions.Default with { TypoTolerance = mode });
            reports[mode] = RecallReport.Measure(index, typos);
            output.WriteLine($"{mode,-15} {reports[mode]}");
        }

        var chosen = reports[KnowledgeSearchOptions.Default.TypoTolerance];
        Assert.True(chosen.RecallAt3 > reports[TypoTolerance.None].RecallAt3);
        Assert.True(chosen.RecallAt3 >= 0.90, $"recall@3 with typos {chosen.RecallAt3:0.000}");
    }
}
