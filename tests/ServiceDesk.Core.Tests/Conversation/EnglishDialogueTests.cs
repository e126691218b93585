using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// The guided conversation held in English, point by point: the same rules as the French dialogues
/// (seeds 000–003), because the desk answers in the language the person writes in.
/// </summary>
public sealed class EnglishDialogueTests : IDisposable
{
    private static readonly KnownErrorSuggestion VpnReconnect = new(
        "kb-vpn-reconnect", "VPN drops every few minutes",
        ["disconnect the VPN", "switch from Wi-Fi to a cable if you can", "reconnect and sign in again"], "update the VPN client");

    private static readonly KnownErrorSuggestion CapsLock = new(
        "kb-caps-lock", "Password refused: check Caps Lock",
        ["check that Caps Lock and Num Lock are off", "type the password again slowly"], null);

    private readonly DeskFixture _desk = new(new FakeKnownErrors(("vpn", VpnReconnect), ("password", CapsLock)));

    private Dialogue Bob => new(_desk, "bob@localhost");

    [Fact]
    public async Task Dialogue_EnglishIncidentStepByStep_AsksEachMissingFactOnce()
    {
        await Bob
            .User("The printer on the 2nd floor doesn't work anymore")
            .Bot("I'm sorry for the trouble", "Since when")
            .User("since Monday")
            .Bot("error message")
            .User("no")
            .Bot("change recently")
            .User("nope")
            .Bot("every time?", "Every time", "From time to time")
            .User("from time to time")
            .Bot("Which computer")
            .User("LT-0042 on Windows 11")
            .Bot("Who is affected", "Just me", "My team or a VIP", "The whole organisation")
            .User("my whole team")
            .Bot("how does it affect your work", "I'm blocked", "I'm slowed down")
            .User("we're blocked")
            .Bot("If I understand you correctly", "printer", "LT-0042, Windows 11", "you are blocked", "your team", "Is that right?")
            .User("yes")
            .Bot("#1", "priority P2", "I can't give you a precise time yet", "30 minutes", "2 hours", "anything else")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal((Impact.TeamOrVip, Urgency.Blocked, Priority.P2, false, "en"), (ticket.Impact, ticket.Urgency, ticket.Priority, ticket.Facts.Reproducible, ticket.Language));
    }

    [Fact]
    public async Task Dialogue_EnglishEverythingSaidAtOnce_GoesStraightToTheReformulation() =>
        await Bob
            .User("Since yesterday 3pm Excel shows \"File is locked for editing\" every time, nothing changed, I'm on PC-0100 with Windows 10, only me, and I'm slowed down")
            .Bot("If I understand you correctly", "error message \"File is locked for editing\"", "it slows you down", "only you are affected")
            .BotNot("Since when", "Who is affected", "Which application", "Which computer")
            .User("correct")
            .Bot("#1", "priority P4")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishCorrection_UpdatesTheFactAndReformulatesAgain()
    {
        await Bob
            .User("Since this morning Teams shows no sound on calls every time, no error, nothing changed, on PC-0200 with Windows 11, just me, I'm blocked")
            .Bot("If I understand you correctly", "Teams")
            .User("no, since yesterday")
            .Bot("If I understand you correctly", "since yesterday")
            .User("yes")
            .Bot("#1")
            .RunAsync();

        var since = Assert.Single(_desk.Tickets.All()).Facts.Since;
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(1)), since);
    }

    [Fact]
    public async Task Dialogue_EnglishDontKnow_IsAnAnswerAndNotAskedAgain() =>
        await Bob
            .User("My screen flickers")
            .Bot("Since when")
            .User("I don't know")
            .BotNot("Since when")
            .Bot("error message")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishUnclearChoice_AsksAgainWithTheChoices() =>
        await Bob
            .User("Since Monday Outlook crashes every time, no error, nothing changed, on PC-0300 with Windows 11")
            .Bot("Who is affected")
            .User("purple elephant")
            .Bot("I didn't quite catch your answer", "Just me")
            .User("2")
            .Bot("how does it affect your work")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishSecondRequest_ConfirmsTheRememberedComputer() =>
        await Bob
            .User("Since Monday Word crashes every time, no error, nothing changed, on PC-0400 with Windows 11, just me, I'm blocked")
            .User("yes")
            .Bot("#1")
            .User("no thanks")
            .User("Since this morning the scanner doesn't work, every time, no error, nothing changed")
            .Bot("Is your message about it?")
            .User("no, it's a new request")
            .Bot("Are you still on PC-0400")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishServiceRequest_AsksOnlyTheMissingOfForWhomByWhenWhere()
    {
        await Bob
            .User("I need a training room set up with 5 computers for tomorrow")
            .Bot("Thank you for your request", "Who is this request for")
            .User("for the accounting trainees")
            .BotNot("By when")
            .Bot("Where should we install")
            .User("room B12, 1st floor")
            .Bot("If I understand you correctly", "for the accounting trainees", "needed for tomorrow", "at room B12, 1st floor")
            .User("yes")
            .Bot("#1", "may vary with the availability of equipment")
            .BotNot("the cause has to be found first")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal((RequestType.ServiceRequest, "room B12, 1st floor"), (ticket.Type, ticket.Facts.Where));
    }

    [Fact]
    public async Task Dialogue_EnglishServiceRequestSaidAtOnce_GoesStraightToTheReformulation() =>
        await Bob
            .User("I need Adobe Acrobat Pro installed for my new colleague Sarah Lee by Friday, office 3.14")
            .Bot("If I understand you correctly", "for my new colleague Sarah Lee", "needed by Friday", "at office 3.14")
            .BotNot("Who is this request for", "By when", "Where should")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishKnownError_SolvedIsRecordedAsSelfService()
    {
        await Bob
            .User("Since this morning the VPN disconnects every 5 minutes, no error, nothing changed, on LT-0042 with Windows 11, just me, I'm slowed down")
            .Bot("If I understand you correctly")
            .User("yes")
            .Bot("VPN drops every few minutes", "switch from Wi-Fi to a cable", "Did that solve")
            .User("yes it works now, thanks")
            .Bot("glad it's sorted")
            .RunAsync();

        Assert.Equal(RequestOutcome.SelfService, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Dialogue_EnglishKnownError_NotSolvedContinuesWithTheArticleInTheTicket()
    {
        await Bob
            .User("Since Monday my password is refused every time on PC-0500 with Windows 11, no error message, nothing changed, just me, I'm blocked")
            .Bot("If I understand you correctly")
            .User("yes")
            .Bot("Caps Lock", "Did that solve")
            .User("no, still refused")
            .Bot("#1", "priority P3")
            .RunAsync();

        Assert.Equal(["kb-caps-lock"], Assert.Single(_desk.Tickets.All()).TriedArticles);
    }

    [Fact]
    public async Task Dialogue_EnglishAngryUser_GetsEmpathyAndTheOfferOfAHuman() =>
        await Bob
            .User("THIS IS THE THIRD TIME THE PRINTER IS DOWN, UNACCEPTABLE")
            .Bot("I understand your frustration", "truly sorry", "technician")
            .BotNot("calm down", "your fault")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishHumanAtAnyPoint_HandsOverWithoutPromisingATime()
    {
        await Bob
            .User("My laptop won't start")
            .Bot("Since when")
            .User("can I talk to someone please")
            .Bot("#1", "a technician will pick up this conversation right here", "I can't tell you exactly when")
            .RunAsync();

        Assert.True(Assert.Single(_desk.Tickets.All()).HumanRequested);
    }

    [Fact]
    public async Task Dialogue_EnglishCancel_IsRecordedAsAbandoned()
    {
        await Bob
            .User("My mouse is not working")
            .Bot("Since when")
            .User("cancel")
            .Bot("Cancelled")
            .RunAsync();

        Assert.Equal(RequestOutcome.Abandoned, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Dialogue_EnglishThanksAfterTheTicket_EndsWithACourteousFormula() =>
        await Bob
            .User("Since Monday PowerPoint crashes every time, no error, nothing changed, on PC-0600 with Windows 11, just me, I'm blocked")
            .User("yes")
            .Bot("Is there anything else I can do for you?")
            .User("no thanks, that's all")
            .Bot("You're welcome", "Have a good day")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishProblemWentAway_EndsKindly() =>
        await Bob
            .User("The wifi is down")
            .Bot("Since when")
            .User("oh it works now, never mind")
            .Bot("You're welcome")
            .RunAsync();

    [Fact]
    public async Task Dialogue_EnglishOpenTicket_NewMessageIsAddedToIt()
    {
        await Bob
            .User("Since Monday Outlook crashes every time, no error, nothing changed, on PC-0700 with Windows 11, just me, I'm blocked")
            .User("yes")
            .Bot("#1")
            .User("Outlook crashed again, now it shows \"0x800CCC0E\"")
            .Bot("You already have an open request", "#1", "Is your message about it?")
            .User("1")
            .Bot("Added to your request #1")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Contains(ticket.Journal, j => j.Text.Contains("0x800CCC0E", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dialogue_EnglishIllegalCopies_AreKindlyRefusedWithAnAlternative()
    {
        await Bob
            .User("Can you download some MP3s for the conference opening?")
            .Bot("Thank you for your request", "Unfortunately")
            .BotNot("illegal!", "you can't")
            .RunAsync();

        Assert.Equal(RequestOutcome.Refused, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Dialogue_EnglishHrMatter_IsNotDiscussedButRecordedConfidentially()
    {
        await Bob
            .User("The antivirus console shows which sites my colleague visits, can you tell me what she browses?")
            .Bot("Thank you for telling me")
            .RunAsync();

        Assert.Equal(RequestOutcome.Confidential, Assert.Single(_desk.Tickets.All()).Outcome);
    }

    [Fact]
    public async Task Dialogue_EnglishStatusOfSomeoneElsesTicket_LearnsNothing()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi, bloquée")
            .User("oui")
            .RunAsync();

        await Bob
            .User("status of ticket #1")
            .Bot("I can't find a request #1 among yours")
            .BotNot("Excel")
            .RunAsync();
    }

    public void Dispose() => _desk.Dispose();
}
