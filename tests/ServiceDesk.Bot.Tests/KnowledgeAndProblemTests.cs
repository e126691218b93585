using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Tickets;
using ServiceDesk.KnowledgeBase;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The technicians' <c>/kb</c> and <c>/problem</c> commands end to end, over a real Prosody with the technicians'
/// room, on a temporary articles folder holding two articles, with a problem proposed from two similar incidents.
/// </summary>
public sealed class KnowledgeAndProblemTests : IAsyncLifetime
{
    private const string Password = "s3cret-test";
    private ProsodyServer _server = null!;
    private RunningBot _bot = null!;
    private string _room = "";
    private string _articles = "";

    public async Task InitializeAsync()
    {
        _server = await ProsodyServer.StartAsync(
            [("servicedesk", Password), ("alice", Password), ("eve", Password), ("bruno", Password)], CancellationToken.None);
        _room = "techs@" + _server.ConferenceDomain;
        _articles = Path.Combine(_server.Directory, "kb", "articles");
        Directory.CreateDirectory(Path.Combine(_articles, "fr"));
        await File.WriteAllTextAsync(Path.Combine(_articles, "fr", "kb-printer-jam.md"), ArticleMarkdown.Write(PrinterJam()));
        await File.WriteAllTextAsync(Path.Combine(_articles, "fr", "kb-vpn-timeout.md"), ArticleMarkdown.Write(VpnTimeout()));
        _bot = await RunningBot.StartAsync(_server, "servicedesk", Password,
            $"--Xmpp:TechnicianRoom={_room}", "--Xmpp:RoomNick=ServiceDesk", $"--KnowledgeBase:Path={_articles}",
            "--Problems:Threshold=2", "--Problems:Window=00:30:00",
            "--Technicians:0:Name=Bruno Martin", "--Technicians:0:Level=1", "--Technicians:0:Groups:0=bureautique",
            $"--Technicians:0:Xmpp={_server.Jid("bruno")}");
    }

    public Task DisposeAsync() => RunningBot.StopAsync(_bot, _server);

    [Fact]
    public async Task Kb_SearchShowAndLink_OverXmpp()
    {
        await using var bruno = await TechnicianAsync();
        await using var alice = new XmppUser(_server, "alice", Password, "servicedesk");
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

        using var database = new ServiceDeskDatabase(_bot.StoragePath);
        Assert.Equal(["kb-printer-jam"], new TicketStore(database).Find(new TicketNumber(1))!.LinkedArticles);
    }

    [Fact]
    public async Task SimilarIncidents_ProblemProposedOpenedKnownErrorPublishedThenResolvedRequestersTold()
    {
        await using var bruno = await TechnicianAsync();
        await using var alice = new XmppUser(_server, "alice", Password, "servicedesk");
        await using var eve = new XmppUser(_server, "eve", Password, "servicedesk");
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
        using var database = new ServiceDeskDatabase(_bot.StoragePath);
        Assert.Equal(ProblemStatus.Resolved, new ProblemStore(database).Find(new ProblemNumber(1))!.Status);
    }

    private async Task<XmppUser> TechnicianAsync()
    {
        var technician = new XmppUser(_server, "bruno", Password, "servicedesk", _room, "Bruno");
        await technician.JoinedAsync("/queue", "ticket");
        return technician;
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
