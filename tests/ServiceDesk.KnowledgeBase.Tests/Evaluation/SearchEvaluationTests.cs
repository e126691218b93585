using Xunit.Abstractions;

namespace ServiceDesk.KnowledgeBase.Tests.Evaluation;

/// <summary>
/// Scores the search on labelled phrasings written the way users type (typos, no accents, chat words), prints
/// recall@1 and recall@3 with the misses, and fails under the brief's targets (0.75 and 0.90) or under the
/// figure recorded for that set, whichever is higher, so that a change that loses phrasings is seen.
/// </summary>
/// <remarks>
/// <c>kb-eval-fresh.jsonl</c> (84 phrasings, one per article and language) was written after the search was
/// tuned, avoiding the articles' own words, and scored once: its floors are that first measure, not a target
/// the search was fitted to. <c>kb-eval-paraphrase.jsonl</c> was written the same way before the last tuning.
/// </remarks>
public sealed class SearchEvaluationTests(RepositoryKnowledgeBase repository, ITestOutputHelper output)
    : IClassFixture<RepositoryKnowledgeBase>
{
    private const double RecallAt1Target = 0.75;
    private const double RecallAt3Target = 0.90;

    [Theory]
    [InlineData("kb-eval.jsonl", 0.99, 0.99)]
    [InlineData("kb-eval-holdout.jsonl", 0.98, 1.00)]
    [InlineData("kb-eval-paraphrase.jsonl", 0.87, 0.90)]
    [InlineData("kb-eval-fresh.jsonl", 0.94, 0.94)]
    public void Search_LabelledPhrasings_MeetsRecallFloors(string fileName, double recordedAt1, double recordedAt3)
    {
        var set = LabelledPhrasing.ReadAll(fileName);

        var report = RecallReport.Measure(repository.Index, set);

        output.WriteLine($"{fileName}: {report}");
        foreach (var miss in report.Misses)
        {
            output.WriteLine($"  miss@1: {miss}");
        }

        var floorAt1 = Math.Max(RecallAt1Target, recordedAt1);
        var floorAt3 = Math.Max(RecallAt3Target, recordedAt3);
        Assert.True(report.RecallAt1 >= floorAt1, $"recall@1 {report.RecallAt1:0.000} below {floorAt1}");
        Assert.True(report.RecallAt3 >= floorAt3, $"recall@3 {report.RecallAt3:0.000} below {floorAt3}");
    }

    [Fact]
    public void LabelledPhrasings_FreshSet_HasEightyOrMoreHalfFrenchHalfEnglish()
    {
        var set = LabelledPhrasing.ReadAll("kb-eval-fresh.jsonl");

        Assert.True(set.Count >= 80, $"{set.Count} phrasings");
        Assert.Equal(set.Count(p => p.Language == "fr"), set.Count(p => p.Language == "en"));
        Assert.All(set, p => Assert.NotNull(repository.Index.Find(p.Expected, p.Language)));
    }
}
