using ServiceDesk.Core.Technicians;
using static ServiceDesk.KnowledgeBase.Tests.ArticleSamples;

namespace ServiceDesk.KnowledgeBase.Tests.Desk.Commands;

public sealed class KbCommandTests : IDisposable
{
    private const string Usage = "Usage : /kb search texte | show id | link N id | add from N | publish id";

    private readonly KbDesk _desk = new(
        Article("kb-printer-jam", "fr", "Bourrage papier dans l'imprimante", ["papier coincé dans le bac"], ["Imprimante"], "Une feuille est restée coincée."),
        Article("kb-vpn-timeout", "fr", "Le VPN se déconnecte toutes les heures", ["VPN coupé"], ["VPN"]),
        Article("kb-vpn-timeout", "en", "The VPN disconnects every hour", ["VPN cut"], ["VPN"]));

    [Theory]
    [InlineData("/kb")]
    [InlineData("/kb search")]
    [InlineData("/kb show")]
    [InlineData("/kb link 1")]
    [InlineData("/kb link kb-printer-jam")]
    [InlineData("/kb add 1")]
    [InlineData("/kb add from")]
    [InlineData("/kb publish")]
    [InlineData("/kb frobnicate 1")]
    public async Task Kb_MissingOrWrongArgument_AnswersOneLineUsage(string line)
    {
        _desk.Open("Bourrage papier");

        Assert.Equal(Usage, await _desk.BrunoAsync(line));
    }

    [Fact]
    public async Task Search_MatchingWords_ListsArticleIdsAndTitles()
    {
        var reply = await _desk.BrunoAsync("/kb search papier coincé imprimante");

        Assert.StartsWith("Articles pour « papier coincé imprimante » :\n  kb-printer-jam · Bourrage papier dans l'imprimante", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_EnglishWords_ListsEnglishVersion()
    {
        var reply = await _desk.BrunoAsync("/kb search the VPN disconnects every hour");

        Assert.Contains("kb-vpn-timeout · The VPN disconnects every hour", reply, StringComparison.Ordinal);
        // Issue 13: a technician with no configured language is answered in the language they write in.
        Assert.StartsWith("Articles for \"the VPN disconnects every hour\":\n", reply, StringComparison.Ordinal);
        Assert.EndsWith("\n/kb show id for the details.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NothingRelevant_SaysSo()
    {
        Assert.Equal("Aucun article pour « zzzqqq ».", await _desk.BrunoAsync("/kb search zzzqqq"));
    }

    [Fact]
    public async Task Show_KnownId_GivesCauseAndNumberedWorkaround()
    {
        var reply = await _desk.BrunoAsync("/kb show kb-printer-jam");

        Assert.StartsWith("kb-printer-jam · Bourrage papier dans l'imprimante (erreur connue, fr, revu le 20/11/2026)", reply, StringComparison.Ordinal);
        Assert.Contains("Cause : Une feuille est restée coincée.", reply, StringComparison.Ordinal);
        Assert.Contains("Contournement :\n  1. Redémarrez l'ordinateur.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_SaysNoSuchArticle()
    {
        Assert.Equal("Aucun article kb-nope. /kb search texte pour chercher.", await _desk.BrunoAsync("/kb show kb-nope"));
    }

    [Fact]
    public async Task Link_KnownTicketAndArticle_StoredOnTicketAndShownBySheet()
    {
        _desk.Open("Le VPN coupe sans arrêt");

        var reply = await _desk.BrunoAsync("/kb link 1 kb-vpn-timeout");

        Assert.Equal("Article kb-vpn-timeout lié à #1 (« Le VPN se déconnecte toutes les heures »).", reply);
        Assert.Equal(["kb-vpn-timeout"], _desk.Ticket(1).LinkedArticles);
        Assert.Contains("Articles liés : kb-vpn-timeout", await _desk.BrunoAsync("/show 1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Twice_KeepsOneLink()
    {
        _desk.Open("Le VPN coupe sans arrêt");
        await _desk.BrunoAsync("/kb link 1 kb-vpn-timeout");

        Assert.Equal("kb-vpn-timeout est déjà lié à #1.", await _desk.BrunoAsync("/kb link #1 kb-vpn-timeout"));
        Assert.Single(_desk.Ticket(1).LinkedArticles);
    }

    [Fact]
    public async Task Link_UnknownTicket_SaysNoSuchTicket()
    {
        Assert.Equal("Aucun ticket #9.", await _desk.BrunoAsync("/kb link 9 kb-vpn-timeout"));
    }

    [Fact]
    public async Task Link_UnknownArticle_SaysNoSuchArticleAndLeavesTicket()
    {
        _desk.Open("Le VPN coupe sans arrêt");

        Assert.Equal("Aucun article kb-nope. /kb search texte pour chercher.", await _desk.BrunoAsync("/kb link 1 kb-nope"));
        Assert.Empty(_desk.Ticket(1).LinkedArticles);
    }

    [Fact]
    public async Task AddFrom_ResolvedTicket_WritesDraftNotYetSearchable()
    {
        _desk.Open("Teams plante au partage d'écran", solution: new Solution(SolutionKind.Definitive, "Mettre à jour le pilote graphique", "xmpp:bruno@localhost", _desk.Clock.GetUtcNow()));

        var reply = await _desk.BrunoAsync("/kb add from 1");

        Assert.Equal("Brouillon kb-draft-1 écrit pour relecture (drafts/fr/kb-draft-1.md) : complétez la cause, puis /kb publish kb-draft-1 pour le publier.", reply);
        Assert.True(File.Exists(Path.Combine(_desk.DraftsFolder, "fr", "kb-draft-1.md")));
        Assert.Null(_desk.Index.Find("kb-draft-1", "fr"));
    }

    [Fact]
    public async Task AddFrom_TicketWithoutSolution_Refuses()
    {
        _desk.Open("Teams plante au partage d'écran");

        Assert.Equal("#1 n'a pas encore de solution : /resolve 1 definitive texte d'abord.", await _desk.BrunoAsync("/kb add from 1"));
        Assert.False(Directory.Exists(_desk.DraftsFolder));
    }

    [Fact]
    public async Task AddFrom_UnknownTicket_SaysNoSuchTicket()
    {
        Assert.Equal("Aucun ticket #4.", await _desk.BrunoAsync("/kb add from 4"));
    }

    [Fact]
    public async Task Publish_ReviewedDraft_InIndexAndArticlesFolderAndSearchableAtOnce()
    {
        _desk.Open("Teams plante au partage d'écran", solution: new Solution(SolutionKind.Definitive, "Mettre à jour le pilote graphique", "xmpp:bruno@localhost", _desk.Clock.GetUtcNow()));
        await _desk.BrunoAsync("/kb add from 1");

        var reply = await _desk.BrunoAsync("/kb publish kb-draft-1");

        Assert.Equal("kb-draft-1 publié dans la base de connaissances : il est proposé dès maintenant (« Teams plante au partage d'écran »).", reply);
        Assert.True(File.Exists(Path.Combine(_desk.ArticlesFolder, "fr", "kb-draft-1.md")));
        Assert.False(File.Exists(Path.Combine(_desk.DraftsFolder, "fr", "kb-draft-1.md")));
        var published = Assert.Single(KnowledgeBaseLoader.ReadArticles(_desk.ArticlesFolder).Articles);
        Assert.DoesNotContain("draft", published.Tags);
        Assert.Contains(_desk.Index.Search("Teams plante partage d'écran", "fr"), m => m.Article.Id == "kb-draft-1");
    }

    [Theory]
    [InlineData("kb-nope")]
    [InlineData("../../etc")]
    public async Task Publish_NoSuchDraft_Refuses(string id)
    {
        Assert.Equal($"Aucun brouillon {id} à publier. /kb add from N pour en rédiger un.", await _desk.BrunoAsync("/kb publish " + id));
    }

    public void Dispose() => _desk.Dispose();
}
