using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Tickets;
using ServiceDesk.KnowledgeBase;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The technicians' <c>/kb</c> and <c>/problem</c> commands end to end, over a real Prosody with the technicians'
/// room, on a temporary articles folder holding two articles, with a problem proposed from two similar incidents.
/// </summary>
public sealed class KnowledgeAndProblemTests : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;
    private string _articles = "";

    public async Task InitializeAsync()
    {
        _desk = await ProsodyDesk.StartServerAsync(["alice", "eve", "bruno"]);
        _articles = Path.Combine(_desk.Server.Directory, "kb", "articles");
        Directory.CreateDirectory(Path.Combine(_articles, "fr"));
        await File.WriteAllTextAsync(Path.Combine(_articles, "fr", "kb-printer-jam.md"), ArticleMarkdown.Write(PrinterJam()));
        await File.WriteAllTextAsync(Path.Combine(_articles, "fr", "kb-vpn-timeout.md"), ArticleMarkdown.Write(VpnTimeout()));
        await _desk.StartBotAsync(
            [
                .. _desk.RoomArguments, $"--KnowledgeBase:Path={_articles}",
                "--Problems:Threshold=2", "--Problems:Window=00:30:00",
                "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Level=1", "--Technicians:0:Groups:0=bureautique",
                $"--Technicians:0:Xmpp={_desk.Jid("bruno")}",
            ]);
    }

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task Kb_SearchShowAndLink_OverXmpp()
    {
        await using var bruno = await _desk.TechnicianAsync("bruno", "Bruno");
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("Je veux parler à un technicien : l'imprimante du 2e affiche un bourrage papier");
        await alice.ExpectAsync("#1");
        await bruno.ExpectInRoomAsync("Nouveau ticket #1");
        await bruno.SayInRoomAsync("/kb search bourrage papier");
        await bruno.ExpectInRoomAsync("kb-printer-jam · Bourrage papier dans l'imprimante");
        await bruno.SayAsync("/kb show kb-printer-jam");
        await bruno.ExpectAsync("Contournement :\n  1. Ouvrez le capot avant.");
        await bruno.SayAsync("/kb link 1 kb-nope");
        await bruno.ExpectAsync("Aucun article kb-nope.");
        await bruno.SayAsync("/kb link 1 kb-printer-jam");
        await bruno.ExpectAsync("Article kb-printer-jam lié à #1");
        await bruno.SayAsync("/show 1");
        await bruno.ExpectAsync("Articles liés : kb-printer-jam");

        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        Assert.Equal(["kb-printer-jam"], new TicketStore(database).Find(new TicketNumber(1))!.LinkedArticles);
    }

    [Fact]
    public async Task SimilarIncidents_ProblemProposedOpenedKnownErrorPublishedThenResolvedRequestersTold()
    {
        await using var bruno = await _desk.TechnicianAsync("bruno", "Bruno");
        await using var alice = _desk.Person("alice");
        await using var eve = _desk.Person("eve");
        await alice.SayAsync("Je veux parler à un technicien : Outlook refuse mon mot de passe");
        await alice.ExpectAsync("#1");
        await eve.SayAsync("Je veux parler à un technicien : Outlook ne prend plus mon mot de passe");
        await eve.ExpectAsync("#2");

        await bruno.ExpectInRoomAsync("2 incidents semblables", "/problem open 1 2 titre");
        await bruno.SayInRoomAsync("/problem open 1 2 Outlook refuse les mots de passe");
        await bruno.ExpectInRoomAsync("Problème P1 ouvert");
        await bruno.SayAsync("/problem cause P1 certificat du serveur d'authentification expiré");
        await bruno.ExpectAsync("Reste le contournement");
        await bruno.SayAsync("/problem workaround P1 se connecter par le webmail en attendant");
        await bruno.ExpectAsync("P1 devient l'erreur connue kb-problem-1");
        await bruno.SayAsync("/kb search Outlook refuse le mot de passe");
        await bruno.ExpectAsync("kb-problem-1 · Outlook refuse les mots de passe");
        await bruno.SayAsync("/problem resolve P1 certificat renouvelé");
        await bruno.ExpectAsync("P1 résolu ; demandeurs prévenus : #1, #2.");

        await alice.ExpectAsync("Bonne nouvelle : le problème à l'origine de votre demande #1");
        await eve.ExpectAsync("Bonne nouvelle : le problème à l'origine de votre demande #2");
        Assert.True(File.Exists(Path.Combine(_articles, "fr", "kb-problem-1.md")));
        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        Assert.Equal(ProblemStatus.Resolved, new ProblemStore(database).Find(new ProblemNumber(1))!.Status);
    }

    private static KnowledgeArticle PrinterJam() => new(
        "kb-printer-jam", "Bourrage papier dans l'imprimante", "fr", ["bourrage papier", "papier coincé"], ["Imprimante"],
        "Une feuille est restée coincée.", ["Ouvrez le capot avant.", "Retirez doucement la feuille."], "Un technicien remplace le rouleau.",
        ["imprimante"], [], new DateOnly(2026, 11, 1), ArticleKind.KnownError);

    private static KnowledgeArticle VpnTimeout() => new(
        "kb-vpn-timeout", "Le VPN se déconnecte toutes les heures", "fr", ["VPN coupé", "déconnexion du VPN"], ["VPN"],
        "Le jeton de session expire.", ["Reconnectez-vous au VPN."], "Un technicien prolonge la session.",
        ["vpn"], [], new DateOnly(2026, 11, 1), ArticleKind.KnownError);
}
