using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.KnowledgeBase;
using ServiceDesk.KnowledgeBase.Desk;

namespace ServiceDesk.Bot;

/// <summary>Builds the index at start-up and keeps it in step with the articles folder until the bot stops.</summary>
internal sealed class KnowledgeBaseWatcher(string folder, KnowledgeIndex index, TimeProvider clock, ILogger<KnowledgeBaseWatcher> logger)
    : IHostedService, IDisposable
{
    private ArticleFolderWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
        {
            _watcher = new ArticleFolderWatcher(folder, index, Log, clock);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _watcher = null;
    }

    private void Log(ArticleChange change)
    {
        if (change.Problem is not null)
        {
            logger.LogWarning("Article skipped: {Problem}", change.Problem);
        }
        else
        {
            logger.LogInformation("Article {Path}: {Kind}", change.SourcePath, change.Kind);
        }
    }
}
