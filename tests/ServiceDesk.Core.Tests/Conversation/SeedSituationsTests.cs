using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Seed 001, "Différents problèmes": the nine situations, each answered as a good technician would.
/// </summary>
public sealed class SeedSituationsTests : IDisposable
{
    private static readonly KnownErrorSuggestion PasswordReset = new(
        "kb-password-self-reset", "Réinitialiser soi-même son mot de passe",
        ["ouvrez le portail de réinitialisation", "répondez à vos questions de sécurité", "choisissez un nouveau mot de passe"], null);

    private static readonly KnownErrorSuggestion WirelessMouse = new(
        "kb-wireless-mouse", "Souris sans fil qui ne répond plus",
        ["vérifiez que la souris est allumée (interrupteur dessous)", "changez les piles", "rebranchez le récepteur USB"], null);

    private readonly DeskFixture _desk = new(new FakeKnownErrors(("mot de passe", PasswordReset), ("souris", WirelessMouse)));

    [Fact]
    public async Task Problem1_LostMouse_IsHelpedWithoutBeingMadeToFeelSilly()
    {
        await new Dialogue(_desk)
            .User("J'ai perdu ma souris, elle ne bouge plus à l'écran depuis ce matin")
            .BotNot("vous vous êtes trompé", "votre faute", "évident")
            .RunAsync();
        await AnswerUntilReformulation("non", "non", "à chaque fois", "PC-0100", "juste moi", "bloquée");
        await new Dialogue(_desk).User("oui").Bot("Souris sans fil", "changez les piles", "résolu votre problème").User("oui").Bot("ravi que ce soit réglé").RunAsync();

        Assert.Equal(RequestOutcome.SelfService, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Problem2_PasswordForgottenEveryMonday_IsOfferedTheSelfServiceReset()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi, comme tous les lundis, j'ai encore oublié mon mot de passe, impossible d'ouvrir ma session, rien n'a changé, sur PC-0200, je suis seul touché et bloqué, aucun message")
            .Bot("Si je vous comprends bien")
            .User("oui")
            .Bot("Réinitialiser soi-même son mot de passe", "portail de réinitialisation", "Est-ce que cela a résolu")
            .RunAsync();
    }

    [Fact]
    public async Task Problem3_WeeklyEveningSoftwareProblem_IsRecordedAsAnIncidentForTheTechnicians()
    {
        await new Dialogue(_desk)
            .User("Comme chaque semaine, le logiciel de planification des tournées plante depuis hier soir, message « erreur de synchronisation », rien n'a changé, sur PC-0300, toute l'équipe livraison est bloquée")
            .Bot("Si je vous comprends bien", "erreur de synchronisation", "votre équipe")
            .User("oui")
            .Bot("#1", "priorité P2", "Je ne peux pas encore vous donner de délai précis")
            .RunAsync();
    }

    [Fact]
    public async Task Problem4_IllegalMp3s_AreKindlyRefusedWithALicensedAlternative()
    {
        await new Dialogue(_desk)
            .User("Pouvez-vous télécharger des MP3 pour notre colloque de la semaine prochaine ?")
            .Bot("Merci pour votre demande", "illégal", "service de musique sous licence")
            .RunAsync();

        Assert.Equal(RequestOutcome.Refused, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Problem5_CopyingATrainingDvd_IsRefusedWithTheLicencedWay() =>
        await new Dialogue(_desk)
            .User("Le directeur RH voudrait copier le DVD de formation CNESST d'une compagnie externe")
            .Bot("pas permis par sa licence", "exemplaires supplémentaires")
            .RunAsync();

    [Fact]
    public async Task Problem6_TeleworkWithoutInternet_IsAServiceRequestWithItsOwnQuestions()
    {
        await new Dialogue(_desk)
            .User("Je voudrais installer en télétravail une collègue qui a la COVID, elle habite à la campagne sans connexion internet")
            .Bot("Merci pour votre demande", "Pour qui")
            .User("pour Julie Martin")
            .Bot("Pour quand")
            .User("dès lundi")
            .Bot("Où faut-il")
            .User("chez elle, à Saint-Armand")
            .Bot("Si je vous comprends bien", "pour Julie Martin")
            .User("oui")
            .Bot("#1")
            .RunAsync();

        Assert.Equal(RequestType.ServiceRequest, Assert.Single(_desk.Tickets.All()).Type);
    }

    [Fact]
    public async Task Problem7_TouchScreenForTradeShows_IsRecordedAsAServiceRequest() =>
        await new Dialogue(_desk)
            .User("J'aimerais un écran tactile pour nos salons commerciaux")
            .Bot("Merci pour votre demande", "Pour qui")
            .RunAsync();

    [Fact]
    public async Task Problem8_BrowsingSeenInTheAntivirusConsole_IsNotDiscussedButPassedOnConfidentially()
    {
        await new Dialogue(_desk)
            .User("Dans la console antivirus je vois qu'un utilisateur passe ses journées sur OnlyFans")
            .Bot("ressources humaines", "confidentielle")
            .BotNot("OnlyFans")
            .RunAsync();

        Assert.Equal(RequestOutcome.Confidential, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Problem9_CameraAtTheOwnersChalet_IsNotItButGetsAnAlternative() =>
        await new Dialogue(_desk)
            .User("Les propriétaires veulent que vous installiez une caméra de sécurité à leur nouveau chalet")
            .Bot("périmètre du service informatique", "installateur local")
            .RunAsync();

    private async Task AnswerUntilReformulation(params string[] answers)
    {
        var dialogue = new Dialogue(_desk);
        foreach (var answer in answers)
        {
            dialogue.User(answer);
        }

        await dialogue.Bot("Si je vous comprends bien").RunAsync();
    }

    public void Dispose() => _desk.Dispose();
}
