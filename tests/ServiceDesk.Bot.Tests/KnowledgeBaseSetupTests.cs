using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot.Tests;

public sealed class KnowledgeBaseSetupTests
{
    [Fact]
    public void ArticlesFolder_NotConfigured_IsTheRepositoryFolderAboveTheProgram()
    {
        var folder = KnowledgeBaseSetup.ArticlesFolder(Configuration());

        Assert.True(Directory.Exists(Path.Combine(folder, "fr")), folder);
        Assert.EndsWith(Path.Combine("knowledgebase", "articles"), folder, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticlesFolder_Configured_IsTheConfiguredOne()
    {
        var folder = KnowledgeBaseSetup.ArticlesFolder(Configuration(("KnowledgeBase:Path", "/srv/kb/articles")));

        Assert.Equal(Path.GetFullPath("/srv/kb/articles"), folder);
    }

    [Fact]
    public void AddDesk_RegistersTheKnowledgeBaseAsTheKnownErrorSearch()
    {
        var services = new ServiceCollection().AddLogging();
        BotHost.AddDesk(services, Configuration(("Storage:Path", Path.Combine(Path.GetTempPath(), $"kb-setup-{Guid.NewGuid():N}", "x.db"))));
        using var provider = services.BuildServiceProvider();

        var search = provider.GetRequiredService<IKnownErrorSearch>();

        Assert.Equal("kb-printer-offline", search.Suggest("l'imprimante est hors ligne", "fr", new TicketFacts(), 3)[0].Id);
    }

    [Fact]
    public void AddDesk_MissingArticlesFolder_GivesAnEmptyKnowledgeBaseInsteadOfFailing()
    {
        var services = new ServiceCollection().AddLogging();
        BotHost.AddDesk(services, Configuration(("KnowledgeBase:Path", Path.Combine(Path.GetTempPath(), $"kb-missing-{Guid.NewGuid():N}"))));
        using var provider = services.BuildServiceProvider();

        Assert.Empty(provider.GetRequiredService<IKnownErrorSearch>().Suggest("l'imprimante est hors ligne", "fr", new TicketFacts(), 3));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
