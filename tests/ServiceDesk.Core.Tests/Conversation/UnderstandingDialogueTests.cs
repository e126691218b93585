using ServiceDesk.Core.KnownErrors;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Issue 13, tried as a new user would: a dialogue that never gets stuck on an answer that does not fit, anger
/// heard first whatever the state, "non, toujours pas" read as an answer, reformulations in sentences a person would
/// say, and chat phrases about time the public suites do not cover. Each point in French and in English.
/// </summary>
public sealed class UnderstandingDialogueTests : IDisposable
{
    private static readonly KnownErrorSuggestion OutlookProfile = new(
        "kb-outlook-profile", "Outlook ne démarre plus : profil endommagé",
        ["fermez Outlook", "ouvrez Courrier dans le Panneau de configuration", "créez un nouveau profil"], "recréer le profil");

    private static readonly KnownErrorSuggestion VpnReset = new(
        "kb-vpn-reset", "The VPN drops: reset the client",
        ["quit the VPN client", "open it again and sign in"], "reset the client");

    private readonly DeskFixture _desk = new(new FakeKnownErrors(("outlook ne démarre", OutlookProfile), ("vpn drops", VpnReset)));

    [Theory]
    [InlineData("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, bloqué", "Qui est touché", "technicien")]
    [InlineData("Since Monday Excel crashes every time, no error message, nothing changed, on PC-0001, I'm blocked", "Who is affected", "technician")]
    public async Task Dialogue_SameWrongAnswerTenTimes_NeverThreeIdenticalPromptsAndEndsWithATechnician(string problem, string question, string technician)
    {
        var answers = new List<string>();
        var dialogue = new Dialogue(_desk);
        dialogue.User(problem).Bot(question);
        for (var i = 0; i < 10; i++)
        {
            dialogue.User("banane").Then(() => answers.Add(dialogue.LastAnswer));
        }

        await dialogue.RunAsync();

        for (var i = 0; i + 2 < answers.Count; i++)
        {
            Assert.False(answers[i] == answers[i + 1] && answers[i + 1] == answers[i + 2], $"The same prompt three times in a row:\n{answers[i]}");
        }

        Assert.Contains(technician, answers[1], StringComparison.Ordinal);
        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.True(ticket.HumanRequested);
        Assert.Contains("banane", string.Join(' ', ticket.Journal.Select(j => j.Text)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Depuis lundi Excel plante, aucun message, rien n'a changé", "à chaque fois ?", "Autrement dit", "Ce n'est pas grave", "Sur quel poste")]
    [InlineData("Since Monday Excel crashes, no error message, nothing changed", "every time?", "In other words", "That's all right", "Which computer")]
    public async Task Dialogue_AnswersThatDoNotFitAFactTheRequestCanDoWithout_RephraseThenMoveOn(string problem, string question, string rephrased, string movingOn, string next)
    {
        await new Dialogue(_desk)
            .User(problem).Bot(question)
            .User("banane").Bot(question)
            .User("banane").Bot(rephrased).BotNot(question)
            .User("banane").Bot(movingOn, next)
            .RunAsync();
    }

    [Theory]
    [InlineData("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, ralentie", "oui", "#1",
        "C'EST INADMISSIBLE, TOUJOURS RIEN ET PERSONNE NE FAIT RIEN !!!", "Je comprends votre agacement", "Vous avez déjà une demande en cours")]
    [InlineData("Since Monday Excel crashes every time, no error message, nothing changed, on PC-0001, only me, it slows me down", "yes", "#1",
        "THIS IS UNACCEPTABLE, STILL NOTHING AND NOBODY DOES ANYTHING!!!", "I understand your frustration", "You already have an open request")]
    public async Task Dialogue_AngryWithAnOpenTicket_EmpathyAndAHumanComeBeforeTheQuestion(string problem, string yes, string number, string angry, string empathy, string isItAbout)
    {
        var dialogue = new Dialogue(_desk).User(problem).User(yes).Bot(number).User(angry).Bot(empathy, isItAbout);
        await dialogue.RunAsync();

        Assert.True(dialogue.LastAnswer.IndexOf(empathy, StringComparison.Ordinal) < dialogue.LastAnswer.IndexOf(isItAbout, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Depuis lundi Outlook ne démarre plus, à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, bloquée", "oui", "non, toujours pas", "agacement", "#1")]
    [InlineData("Since Monday the VPN drops every time, no error message, nothing changed, on PC-0001, only me, I'm blocked", "yes", "no, still not", "frustration", "#1")]
    public async Task Dialogue_StillNotSolvedAfterTheKnownError_IsAnAnswerNotAnger(string problem, string yes, string stillNot, string anger, string number)
    {
        await new Dialogue(_desk)
            .User(problem).User(yes)
            .User(stillNot).Bot(number).BotNot(anger)
            .RunAsync();
    }

    [Theory]
    [InlineData("le wifi coupe depuis hier", "depuis hier")]
    [InlineData("le wifi coupe depuis 10h", "depuis ce matin 10h")]
    [InlineData("le wifi coupe depuis la mise à jour de mardi", "depuis mardi 17 novembre")]
    [InlineData("le wifi coupe, ça fait deux jours", "depuis samedi 21 novembre 15h30")]
    [InlineData("le wifi coupe depuis la pause de midi", "depuis cet après-midi 12h")]
    [InlineData("le wifi coupe depuis 10 minutes", "depuis environ 10 minutes")]
    public async Task Dialogue_FrenchSinceWhen_ReformulatedAsAPersonWouldSayIt(string problem, string since)
    {
        _desk.Clock.Advance(TimeSpan.FromHours(6)); // Monday 23 November 2026, 15:30 in Paris
        await new Dialogue(_desk)
            .User(problem + ", à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, bloqué")
            .Bot("Si je vous comprends bien", since + " ;")
            .BotNot("depuis depuis", "Depuis quand")
            .RunAsync();
    }

    [Theory]
    [InlineData("the wifi drops since yesterday", "since yesterday;")]
    [InlineData("the wifi drops since lunch", "since 12:00 this afternoon")]
    [InlineData("the wifi drops since the weekend", "since Saturday 21 November")]
    [InlineData("the wifi has been dropping for 10 minutes", "for about 10 minutes")]
    [InlineData("the wifi drops since yesterday 3pm", "since yesterday at 15:00")]
    public async Task Dialogue_EnglishSinceWhen_ReformulatedAsAPersonWouldSayIt(string problem, string since)
    {
        _desk.Clock.Advance(TimeSpan.FromHours(6));
        await new Dialogue(_desk)
            .User(problem + ", every time, no error message, nothing changed, on PC-0001, only me, I'm blocked")
            .Bot("If I understand you correctly", since)
            .BotNot("since since", "since for", "Since when")
            .RunAsync();
    }

    [Theory]
    [InlineData("Outlook se fige toutes les 10 minutes", "Depuis quand")]
    [InlineData("My Outlook freezes every 10 minutes", "Since when")]
    public async Task Dialogue_AFrequency_IsNotASinceWhen(string problem, string sinceWhen)
    {
        await new Dialogue(_desk).User(problem).Bot(sinceWhen).RunAsync();
    }

    public void Dispose() => _desk.Dispose();
}
