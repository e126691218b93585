using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// The guided conversation as whole dialogues, in French and English: listen first, ask only what is missing,
/// reformulate, qualify (seed 000 §5, seed 002 §2.2–2.5, seed 003).
/// </summary>
public sealed class GuidedConversationTests : IDisposable
{
    private readonly DeskFixture _desk = new();

    [Fact]
    public async Task Dialogue_FrenchIncident_AsksEachMissingFactOnceThenReformulatesAndOpensTicket()
    {
        await new Dialogue(_desk)
            .User("L'imprimante du 3e ne marche plus")
            .Bot("désolé", "Depuis quand")
            .User("depuis lundi")
            .Bot("message d'erreur")
            .User("non")
            .Bot("changé récemment")
            .User("non, rien")
            .Bot("à chaque fois ?", "À chaque fois", "De temps en temps")
            .User("1")
            .Bot("Sur quel poste")
            .User("PC-0423 sous Windows 11")
            .Bot("Qui est touché", "Juste moi", "Mon équipe ou une personne VIP", "Toute l'organisation")
            .User("toute l'équipe")
            .Bot("où en êtes-vous", "Bloqué(e)", "Ralenti(e)")
            .User("ralentie")
            .Bot("Si je vous comprends bien", "« L'imprimante du 3e ne marche plus »", "imprimante", "PC-0423, Windows 11", "cela vous ralentit", "votre équipe", "C'est bien ça ?")
            .User("oui")
            .Bot("#1", "priorité P3", "Je ne peux pas encore vous donner de délai précis", "1 heure", "4 heures", "Y a-t-il autre chose")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal((Impact.TeamOrVip, Urgency.SlowedDown, Priority.P3, RequestType.Incident), (ticket.Impact, ticket.Urgency, ticket.Priority, ticket.Type));
        Assert.Equal(("imprimante", "PC-0423, Windows 11", true), (ticket.Facts.Application, ticket.Facts.Environment, ticket.Facts.Reproducible));
        Assert.Equal(new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.FromHours(1)), ticket.Facts.Since);
    }

    [Fact]
    public async Task Dialogue_EverythingSaidAtOnce_IsNeverAskedAgain()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, depuis la mise à jour de vendredi. Toute l'équipe compta est bloquée. Je suis sur PC-0423 sous Windows 11.")
            .Bot("Si je vous comprends bien", "message d'erreur « Mot de passe incorrect »", "vous êtes bloqué(e)", "votre équipe")
            .BotNot("Depuis quand", "Qui est touché", "Quelle application", "Sur quel poste")
            .User("oui c'est ça")
            .Bot("#1", "priorité P2", "30 minutes", "2 heures")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal(("Outlook", "Mot de passe incorrect"), (ticket.Facts.Application, ticket.Facts.ErrorMessage));
        Assert.StartsWith("depuis la mise à jour", ticket.Facts.RecentChange, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialogue_EnglishIncident_IsHeldInEnglish()
    {
        await new Dialogue(_desk)
            .User("My VPN won't connect since last Monday, it says \"authentication failed\" every time")
            .Bot("I'm sorry", "Did anything change recently")
            .User("no")
            .Bot("Which computer")
            .User("LT-2231 running Windows 10")
            .Bot("Who is affected", "Just me")
            .User("only me")
            .Bot("how does it affect your work", "I'm blocked")
            .User("I'm blocked")
            .Bot("If I understand you correctly", "authentication failed", "you are blocked", "only you are affected", "Is that right?")
            .User("yes")
            .Bot("#1", "priority P3", "1 hour", "4 hours", "Is there anything else")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal(("VPN", Priority.P3, "en"), (ticket.Facts.Application, ticket.Priority, ticket.Language));
    }

    [Fact]
    public async Task Dialogue_CorrectionInTheSameMessage_UpdatesTheFactAndReformulatesAgain()
    {
        await FrenchIncidentUpToReformulation()
            .User("non, c'est toute l'organisation")
            .Bot("Si je vous comprends bien", "toute l'organisation est touchée")
            .User("oui")
            .Bot("priorité P1", "10 minutes")
            .RunAsync();

        Assert.Equal(Impact.WholeOrganisation, Assert.Single(_desk.Tickets.All()).Impact);
    }

    [Fact]
    public async Task Dialogue_BareNo_AsksWhatToCorrect()
    {
        await FrenchIncidentUpToReformulation()
            .User("non")
            .Bot("Qu'est-ce que je dois corriger")
            .User("je ne suis pas bloquée, juste ralentie")
            .Bot("Si je vous comprends bien", "cela vous ralentit")
            .User("oui")
            .Bot("priorité P4")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_SecondRequest_ConfirmsTheRememberedWorkstationInsteadOfAsking()
    {
        await FrenchIncidentUpToReformulation().User("oui").User("non merci").RunAsync();
        _desk.Tickets.Save(_desk.Tickets.All()[0] with { Status = TicketStatus.Closed });

        await new Dialogue(_desk)
            .User("Excel plante à l'ouverture depuis lundi, message « Excel a cessé de fonctionner »")
            .User("non").User("1")
            .Bot("Êtes-vous toujours sur le poste PC-0423 sous Windows 11 ?", "Oui", "Non")
            .User("oui")
            .Bot("Qui est touché")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_UnclearChoice_AsksAgainKindlyWithTheChoices()
    {
        await new Dialogue(_desk)
            .User("Teams n'a plus de son depuis lundi, message : périphérique audio introuvable. Rien n'a changé, à chaque fois, sur PC-0001")
            .Bot("Qui est touché")
            .User("euh")
            .Bot("Je n'ai pas bien saisi", "Qui est touché", "Juste moi")
            .User("le deuxième")
            .Bot("où en êtes-vous")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_DontKnow_IsAnAnswerAndTheQuestionIsNotRepeated()
    {
        await new Dialogue(_desk)
            .User("Mon PC est très lent")
            .Bot("Depuis quand")
            .User("je ne sais pas")
            .Bot("message d'erreur")
            .BotNot("Depuis quand")
            .RunAsync();
    }

    private Dialogue FrenchIncidentUpToReformulation() =>
        new Dialogue(_desk)
            .User("Depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois.")
            .Bot("changé récemment")
            .User("non")
            .Bot("Sur quel poste")
            .User("PC-0423 sous Windows 11")
            .User("juste moi")
            .User("bloquée")
            .Bot("Si je vous comprends bien", "vous êtes bloqué(e)", "vous seul(e)");

    public void Dispose() => _desk.Dispose();
}
