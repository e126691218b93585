using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.KnowledgeBase;
using ServiceDesk.KnowledgeBase.Desk;
using ServiceDesk.KnowledgeBase.Desk.Commands;

namespace ServiceDesk.Bot;

/// <summary>
/// Wires the knowledge base: the index built from the articles folder (<c>KnowledgeBase:Path</c>, by default the
/// repository's <c>knowledgebase/articles</c> found above the program), the known-error search the conversation
/// uses, and the watcher that re-indexes articles edited while the bot runs.
/// </summary>
internal static class KnowledgeBaseSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var folder = ArticlesFolder(configuration);
        services.AddSingleton(sp => Load(folder, sp.GetRequiredService<ILoggerFactory>().CreateLogger("KnowledgeBase")));
        services.AddSingleton<IKnowledgeBase>(sp => sp.GetRequiredService<KnowledgeIndex>());
        services.AddSingleton<IKnownErrorSearch, KnowledgeBaseKnownErrors>();
        services.AddSingleton(sp => new ArticleShelf(folder, DraftsFolder(configuration, folder), sp.GetRequiredService<IKnowledgeBase>()));
        services.AddSingleton<ITechnicianCommand>(sp => new KbCommand(sp.GetRequiredService<ArticleShelf>()));
        services.AddSingleton<IKnownErrorPublisher, KnowledgeBasePublisher>();
        services.AddSingleton<IHostedService>(sp => new KnowledgeBaseWatcher(
            folder, sp.GetRequiredService<KnowledgeIndex>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<KnowledgeBaseWatcher>>()));
    }

    /// <summary>The configured articles folder, else <c>knowledgebase/articles</c> above the program or the current directory.</summary>
    public static string ArticlesFolder(IConfiguration configuration) =>
        configuration["KnowledgeBase:Path"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : KnowledgeBaseLoader.LocateArticlesFolder(AppContext.BaseDirectory)
              ?? KnowledgeBaseLoader.LocateArticlesFolder(Directory.GetCurrentDirectory())
              ?? Path.GetFullPath(KnowledgeBaseLoader.RelativeArticlesFolder);

    /// <summary>Where drafts wait for review: <c>KnowledgeBase:DraftsPath</c>, else <c>drafts</c> beside the articles folder.</summary>
    public static string DraftsFolder(IConfiguration configuration, string articlesFolder) =>
        configuration["KnowledgeBase:DraftsPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(articlesFolder)) ?? articlesFolder, "drafts");

    private static KnowledgeIndex Load(string folder, ILogger logger)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Knowledge base folder {Folder} not found: no known error will be proposed", folder);
            return new KnowledgeIndex([]);
        }

        var index = KnowledgeBaseLoader.Load(folder, p => logger.LogWarning("Article skipped: {Problem}", p));
        logger.LogInformation("Knowledge base: {Count} articles indexed from {Folder}", index.Count, folder);
        return index;
    }
}
