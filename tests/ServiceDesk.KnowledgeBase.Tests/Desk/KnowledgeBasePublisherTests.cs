using ServiceDesk.Core.KnownErrors;
using ServiceDesk.KnowledgeBase.Tests.Desk.Commands;

namespace ServiceDesk.KnowledgeBase.Tests.Desk;

public sealed class KnowledgeBasePublisherTests : IDisposable
{
    private readonly KbDesk _desk = new(
        ArticleSamples.Article("kb-printer-jam", "fr", "Bourrage papier dans l'imprimante", ["papier coincé"], ["Imprimante"]),
        ArticleSamples.Article("kb-vpn-timeout", "fr", "Le VPN se déconnecte toutes les heures", ["VPN coupé"], ["VPN"]));

    [Fact]
    public void Publish_KnownError_InArticlesFolderNoDraftLeftAndSearchableAtOnce()
    {
        var publisher = new ServiceDesk.KnowledgeBase.Desk.KnowledgeBasePublisher(_desk.Shelf);

        publisher.Publish(new KnownError("kb-problem-1", "Outlook refuse les mots de passe", "fr", ["Outlook refuse mon mot de passe"], ["Outlook"],
            "Certificat du serveur d'authentification expiré", "Se connecter par le webmail", null, new DateOnly(2026, 11, 23)));

        var article = Assert.Single(KnowledgeBaseLoader.ReadArticles(_desk.ArticlesFolder).Articles);
        Assert.Equal(("kb-problem-1", ArticleKind.KnownError), (article.Id, article.Kind));
        Assert.DoesNotContain("draft", article.Tags);
        Assert.False(File.Exists(Path.Combine(_desk.DraftsFolder, "fr", "kb-problem-1.md")));
        Assert.Equal("kb-problem-1", _desk.Index.Search("Outlook refuse mon mot de passe", "fr").FirstOrDefault()?.Article.Id);
    }

    [Fact]
    public void Publish_Again_ReplacesTheArticle()
    {
        var publisher = new ServiceDesk.KnowledgeBase.Desk.KnowledgeBasePublisher(_desk.Shelf);
        var knownError = new KnownError("kb-problem-1", "Outlook refuse les mots de passe", "fr", ["Outlook refuse mon mot de passe"], ["Outlook"],
            "Certificat expiré", "Webmail", null, new DateOnly(2026, 11, 23));
        publisher.Publish(knownError);

        publisher.Publish(knownError with { Resolution = "Certificat renouvelé" });

        Assert.Equal("Certificat renouvelé", _desk.Index.Find("kb-problem-1", "fr")?.Resolution);
        Assert.Single(KnowledgeBaseLoader.ReadArticles(_desk.ArticlesFolder).Articles);
    }

    public void Dispose() => _desk.Dispose();
}
