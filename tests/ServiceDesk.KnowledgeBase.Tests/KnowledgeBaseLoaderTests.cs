namespace ServiceDesk.KnowledgeBase.Tests;

public sealed class KnowledgeBaseLoaderTests
{
    private static readonly string Valid = ArticleSamples.FileText(ArticleSamples.ValidFrontMatter);

    [Fact]
    public void ReadArticles_MalformedFileAmongGoodOnes_ReportsItAndLoadsTheOthers()
    {
        using var folder = new TemporaryFolder();
        folder.Write("fr/kb-printer-jam.md", Valid);
        var broken = folder.Write("fr/kb-broken.md", "pas de front matter");

        var loaded = KnowledgeBaseLoader.ReadArticles(folder.Path);

        Assert.Equal("kb-printer-jam", Assert.Single(loaded.Articles).Id);
        Assert.Equal(broken, Assert.Single(loaded.Problems).SourcePath);
    }

    [Fact]
    public void ReadArticles_FileNameDiffersFromId_Reported()
    {
        using var folder = new TemporaryFolder();
        folder.Write("fr/kb-other-name.md", Valid);

        var loaded = KnowledgeBaseLoader.ReadArticles(folder.Path);

        Assert.Empty(loaded.Articles);
        Assert.Contains("file name must be the id", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadArticles_LanguageDiffersFromFolder_Reported()
    {
        using var folder = new TemporaryFolder();
        folder.Write("en/kb-printer-jam.md", Valid);

        var loaded = KnowledgeBaseLoader.ReadArticles(folder.Path);

        Assert.Contains("does not match folder 'en'", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadArticles_SameIdTwiceInOneLanguage_SecondReported()
    {
        using var folder = new TemporaryFolder();
        folder.Write("fr/kb-printer-jam.md", Valid);
        folder.Write("extra/kb-printer-jam.md", Valid);

        var loaded = KnowledgeBaseLoader.ReadArticles(folder.Path);

        Assert.Single(loaded.Articles);
        Assert.Contains("already has id 'kb-printer-jam'", Assert.Single(loaded.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReportsProblemsThroughCallbackAndIndexesTheRest()
    {
        using var folder = new TemporaryFolder();
        folder.Write("fr/kb-printer-jam.md", Valid);
        folder.Write("fr/kb-broken.md", "---\nid: kb-broken\n---\n");
        var problems = new List<ArticleProblem>();

        using var index = KnowledgeBaseLoader.Load(folder.Path, problems.Add);

        Assert.Single(problems);
        Assert.Equal(1, index.Count);
        Assert.NotNull(index.Find("kb-printer-jam", "fr"));
    }

    [Fact]
    public void Load_MissingFolder_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"kb-missing-{Guid.NewGuid():N}");

        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeBaseLoader.Load(missing));
    }

    [Fact]
    public void LocateArticlesFolder_FromNestedDirectory_FindsRepositoryFolder()
    {
        var found = KnowledgeBaseLoader.LocateArticlesFolder(AppContext.BaseDirectory);

        Assert.NotNull(found);
        Assert.True(Directory.Exists(Path.Combine(found, "fr")));
    }

    [Fact]
    public void LocateArticlesFolder_NoneAbove_ReturnsNull()
    {
        using var folder = new TemporaryFolder();

        Assert.Null(KnowledgeBaseLoader.LocateArticlesFolder(folder.Path));
    }
}
