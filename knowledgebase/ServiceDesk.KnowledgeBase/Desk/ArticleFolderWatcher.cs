using System.Collections.Concurrent;

namespace ServiceDesk.KnowledgeBase.Desk;

/// <summary>
/// Keeps the index in step with the articles folder while the bot runs: a file added or changed
/// is read again and replaces its article, a file deleted removes it, a malformed file is reported
/// and leaves the index as it was.
/// </summary>
/// <remarks>
/// Editors write a file in several steps (truncate, write, rename), so events for one path are
/// settled for <see cref="SettleTime"/> before the file is read. Callbacks run on timer threads;
/// the index is safe for that. Dispose to stop watching.
/// </remarks>
public sealed class ArticleFolderWatcher : IDisposable
{
    public static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(250);

    private readonly IKnowledgeBase _index;
    private readonly Action<ArticleChange> _onChange;
    private readonly TimeProvider _clock;
    private readonly FileSystemWatcher _watcher;
    private readonly ConcurrentDictionary<string, ITimer> _pending = new(StringComparer.Ordinal);

    /// <param name="folder">The articles folder (<c>fr/</c> and <c>en/</c> below it).</param>
    /// <param name="index">The index to keep up to date.</param>
    /// <param name="onChange">Told of every article indexed, removed or rejected (for the log).</param>
    /// <param name="clock">Time source of the settling delay.</param>
    public ArticleFolderWatcher(string folder, IKnowledgeBase index, Action<ArticleChange> onChange, TimeProvider clock)
    {
        _index = index;
        _onChange = onChange;
        _clock = clock;
        _watcher = new FileSystemWatcher(folder, "*.md")
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += (_, e) => Settle(e.FullPath);
        _watcher.Changed += (_, e) => Settle(e.FullPath);
        _watcher.Deleted += (_, e) => Settle(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Settle(e.OldFullPath);
            Settle(e.FullPath);
        };
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        foreach (var timer in _pending.Values)
        {
            timer.Dispose();
        }
    }

    /// <summary>Reads one article file again now (what a settled event does).</summary>
    public void Refresh(string path)
    {
        if (!File.Exists(path))
        {
            var removed = _index.Remove(Path.GetFileNameWithoutExtension(path), LanguageOf(path));
            _onChange(new ArticleChange(path, removed ? ArticleChangeKind.Removed : ArticleChangeKind.Ignored, null));
            return;
        }

        var result = KnowledgeBaseLoader.ReadFile(path);
        if (result.Article is null)
        {
            _onChange(new ArticleChange(path, ArticleChangeKind.Rejected, result.Problem));
            return;
        }

        _index.Add(result.Article);
        _onChange(new ArticleChange(path, ArticleChangeKind.Indexed, null));
    }

    private void Settle(string path)
    {
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var timer = _clock.CreateTimer(_ => Fire(path), null, SettleTime, Timeout.InfiniteTimeSpan);
        if (_pending.TryRemove(path, out var previous))
        {
            previous.Dispose();
        }

        _pending[path] = timer;
    }

    private void Fire(string path)
    {
        _pending.TryRemove(path, out var timer);
        timer?.Dispose();
        Refresh(path);
    }

    private static string LanguageOf(string path) => Path.GetFileName(Path.GetDirectoryName(path)) == "en" ? "en" : "fr";
}
