using Microsoft.Extensions.Time.Testing;
using ServiceDesk.KnowledgeBase.Desk;

namespace ServiceDesk.KnowledgeBase.Tests.Desk;

public sealed class ArticleFolderWatcherTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly KnowledgeIndex _index = new(
    [
        ArticleSamples.Article("kb-outlook", "fr", "Outlook ne démarre plus"),
        ArticleSamples.Article("kb-wifi", "fr", "Pas d'internet en wifi"),
        ArticleSamples.Article("kb-disk", "fr", "Disque plein"),
    ]);
    private readonly FakeTimeProvider _clock = new();
    private readonly List<ArticleChange> _changes = [];

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Refresh_NewFile_IsSearchable()
    {
        using var watcher = Watch();
        var path = _folder.Write("fr/kb-printer-jam.md", ArticleSamples.FileText(ArticleSamples.ValidFrontMatter));

        watcher.Refresh(path);

        Assert.Equal("kb-printer-jam", Assert.Single(_index.Search("bourrage papier", "fr")).Article.Id);
        Assert.Equal(ArticleChangeKind.Indexed, Assert.Single(_changes).Kind);
    }

    [Fact]
    public void Refresh_FileBrokenAfterLoading_IsReportedAndTheIndexKeepsThePreviousVersion()
    {
        using var watcher = Watch();
        var path = _folder.Write("fr/kb-printer-jam.md", ArticleSamples.FileText(ArticleSamples.ValidFrontMatter));
        watcher.Refresh(path);

        File.WriteAllText(path, "---\nid: kb-printer-jam\ntitle: [unclosed\n---\n");
        watcher.Refresh(path);

        Assert.Equal(ArticleChangeKind.Rejected, _changes[^1].Kind);
        Assert.NotNull(_changes[^1].Problem);
        Assert.NotEmpty(_index.Search("bourrage papier", "fr"));
    }

    [Fact]
    public void Refresh_DeletedFile_RemovesItsArticle()
    {
        using var watcher = Watch();
        var path = _folder.Write("fr/kb-printer-jam.md", ArticleSamples.FileText(ArticleSamples.ValidFrontMatter));
        watcher.Refresh(path);

        File.Delete(path);
        watcher.Refresh(path);

        Assert.Equal(ArticleChangeKind.Removed, _changes[^1].Kind);
        Assert.Empty(_index.Search("bourrage papier", "fr"));
        Assert.Null(_index.Find("kb-printer-jam", "fr"));
    }

    [Fact]
    public async Task FileWrittenWhileWatching_IsIndexedOnceSettled()
    {
        using var watcher = Watch();
        Directory.CreateDirectory(Path.Combine(_folder.Path, "fr"));
        await Task.Delay(100);

        _folder.Write("fr/kb-printer-jam.md", ArticleSamples.FileText(ArticleSamples.ValidFrontMatter));

        // The file system event arrives on its own thread; the settling delay runs on the fake clock.
        for (var attempt = 0; attempt < 200 && _index.Find("kb-printer-jam", "fr") is null; attempt++)
        {
            await Task.Delay(50);
            _clock.Advance(ArticleFolderWatcher.SettleTime);
        }

        Assert.NotNull(_index.Find("kb-printer-jam", "fr"));
    }

    private ArticleFolderWatcher Watch() => new(_folder.Path, _index, change =>
    {
        lock (_changes)
        {
            _changes.Add(change);
        }
    }, _clock);
}
