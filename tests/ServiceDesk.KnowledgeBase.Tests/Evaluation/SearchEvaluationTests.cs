using Xunit.Abstractions;

namespace ServiceDesk.KnowledgeBase.Tests.Evaluation;

/// <summary>
/// Scores the search on phrasings written the way users type, before any tuning. Floors are
/// the targets of the brief; the figures measured are printed for the record.
/// </summary>
public sealed class SearchEvaluationTests(RepositoryKnowledgeBase repository, ITestOutputHelper output)
    : IClassFixture<RepositoryKnowledgeBase>
{
    private const double RecallAt1Floor = 0.75;
    private const double RecallAt3Floor = 0.90;

    [Theory]
    [InlineData("kb-eval.jsonl")]
    [InlineData("kb-eval-holdout.jsonl")]
    public void Search_LabelledPhrasings_MeetsRecallFloors(string fileName)
    {
        var set = LabelledPhrasing.ReadAll(fileName);

        var report = RecallReport.Measure(repository.Index, set);

        output.WriteLine($"{fileName}: {report}");
        foreach (var miss in report.Misses)
        {
            output.WriteLine($"  miss@1: {miss}");
        }

        Assert.True(report.RecallAt1 >= RecallAt1Floor, $"recall@1 {report.RecallAt1:0.000} below {RecallAt1Floor}");
        Assert.True(report.RecallAt3 >= RecallAt3Floor, $"recall@3 {report.RecallAt3:0.000} below {RecallAt3Floor}");
    }
}
