namespace ServiceDesk.KnowledgeBase.Tests;

/// <summary>The repository's real articles, loaded once per test class that needs them.</summary>
public sealed class RepositoryKnowledgeBase : IDisposable
{
    public RepositoryKnowledgeBase()
    {
        ArticlesFolder = KnowledgeBaseLoader.LocateArticlesFolder(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("knowledgebase/articles not found above the test output");
        Loaded = KnowledgeBaseLoader.ReadArticles(ArticlesFolder);
        Index = new KnowledgeIndex(Loaded.Articles);
    }

    public string ArticlesFolder { get; }

    public LoadedArticles Loaded { get; }

    public KnowledgeIndex Index { get; }

    public void Dispose() => Index.Dispose();
}
