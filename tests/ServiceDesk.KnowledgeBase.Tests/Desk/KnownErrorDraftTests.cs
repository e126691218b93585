using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;
using ServiceDesk.KnowledgeBase.Desk;

namespace ServiceDesk.KnowledgeBase.Tests.Desk;

public sealed class KnownErrorDraftTests
{
    private static readonly Ticket Resolved = new()
    {
        Number = 42,
        Description = "Depuis ce matin Outlook affiche « Impossible d'ouvrir le jeu de dossiers »",
        Language = "fr",
        Facts = new TicketFacts { Application = "Outlook", ErrorMessage = "Impossible d'ouvrir le jeu de dossiers" },
        TriedArticles = ["kb-outlook-wont-start"],
        Solution = new Solution(SolutionKind.Definitive, "Profil Outlook recréé, fichier OST reconstruit.", "tech1", DateTimeOffset.UnixEpoch),
    };

    [Fact]
    public void FromTicket_ResolvedTicket_CarriesSymptomsApplicationResolutionAndArticlesTried()
    {
        var draft = KnownErrorDraft.FromTicket(Resolved, new DateOnly(2026, 11, 23));

        Assert.Equal(("kb-draft-42", "fr"), (draft.Id, draft.Language));
        Assert.Contains("Impossible d'ouvrir le jeu de dossiers", draft.Symptoms);
        Assert.Equal(["Outlook"], draft.AppliesTo);
        Assert.Equal("Profil Outlook recréé, fichier OST reconstruit.", draft.Resolution);
        Assert.Equal(["kb-outlook-wont-start"], draft.Related);
    }

    [Fact]
    public void Write_Draft_ParsesBackToTheSameArticle()
    {
        var draft = KnownErrorDraft.FromTicket(Resolved, new DateOnly(2026, 11, 23));

        var parsed = ArticleParser.Parse(ArticleMarkdown.Write(draft), "kb-draft-42.md");

        Assert.Null(parsed.Problem);
        var article = parsed.Article!;
        Assert.Equal((draft.Id, draft.Title, draft.Cause, draft.Resolution), (article.Id, article.Title, article.Cause, article.Resolution));
        Assert.Equal(draft.Symptoms, article.Symptoms);
        Assert.Equal(draft.Workaround, article.Workaround);
        Assert.Equal(draft.Related, article.Related);
    }

    [Fact]
    public void Add_Draft_IsFoundByTheNextSimilarRequest()
    {
        using var index = new KnowledgeIndex([ArticleSamples.Article("kb-disk", "fr", "Disque plein"), ArticleSamples.Article("kb-wifi", "fr", "Pas de wifi")]);

        index.Add(KnownErrorDraft.FromTicket(Resolved, new DateOnly(2026, 11, 23)));

        Assert.Equal("kb-draft-42", index.Search("outlook impossible d'ouvrir le jeu de dossiers", "fr")[0].Article.Id);
    }
}
