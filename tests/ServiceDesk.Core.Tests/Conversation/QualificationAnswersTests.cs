using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Impact and urgency answered the way people answer them, not only "1", "2", "3" (seed 002 §2.5: the
/// priority comes from these two answers, so reading them right matters more than anything else).
/// </summary>
public sealed class QualificationAnswersTests : IDisposable
{
    private readonly DeskFixture _desk = new();

    [Theory]
    [InlineData("c'est juste moi", Impact.OneUser)]
    [InlineData("moi seulement", Impact.OneUser)]
    [InlineData("il n'y a que moi", Impact.OneUser)]
    [InlineData("plusieurs personnes de mon service", Impact.TeamOrVip)]
    [InlineData("mes collègues aussi", Impact.TeamOrVip)]
    [InlineData("le directeur", Impact.TeamOrVip)]
    [InlineData("tout le bâtiment", Impact.WholeOrganisation)]
    [InlineData("toute la boîte", Impact.WholeOrganisation)]
    [InlineData("tout le monde", Impact.WholeOrganisation)]
    [InlineData("it's just me", Impact.OneUser)]
    [InlineData("only me as far as I know", Impact.OneUser)]
    [InlineData("a few colleagues too", Impact.TeamOrVip)]
    [InlineData("my whole department", Impact.TeamOrVip)]
    [InlineData("our CEO", Impact.TeamOrVip)]
    [InlineData("the entire company", Impact.WholeOrganisation)]
    [InlineData("everybody here", Impact.WholeOrganisation)]
    [InlineData("3", Impact.WholeOrganisation)]
    [InlineData("la deuxième", Impact.TeamOrVip)]
    public async Task ImpactAnswer_InTheirWords_IsRead(string answer, Impact expected)
    {
        var language = answer.Any(c => "éèàç".Contains(c)) || answer.Contains("moi", StringComparison.Ordinal) || answer.StartsWith("le ", StringComparison.Ordinal)
            || answer.StartsWith("la ", StringComparison.Ordinal) || answer.StartsWith("tout", StringComparison.Ordinal) || answer.StartsWith("plusieurs", StringComparison.Ordinal)
            || answer.StartsWith("mes", StringComparison.Ordinal) || answer == "3";
        await new Dialogue(_desk)
            .User(language
                ? "Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001"
                : "Since Monday Excel crashes every time, no error message, nothing changed, on PC-0001 with Windows 11")
            .User(answer)
            .RunAsync();

        Assert.Equal(expected, _desk.Conversations.Find("xmpp:alice@localhost")!.Draft.Impact);
    }

    [Theory]
    [InlineData("je ne peux plus rien faire", Urgency.Blocked)]
    [InlineData("complètement bloqué", Urgency.Blocked)]
    [InlineData("c'est gênant mais je peux continuer", Urgency.SlowedDown)]
    [InlineData("ça me ralentit", Urgency.SlowedDown)]
    [InlineData("pas urgent", Urgency.CanLiveWith)]
    [InlineData("ça peut attendre demain", Urgency.CanLiveWith)]
    [InlineData("I'm completely stuck", Urgency.Blocked)]
    [InlineData("I can't do my job", Urgency.Blocked)]
    [InlineData("it's annoying but I can still work", Urgency.SlowedDown)]
    [InlineData("it slows me down a lot", Urgency.SlowedDown)]
    [InlineData("no rush", Urgency.CanLiveWith)]
    [InlineData("it can wait until next week", Urgency.CanLiveWith)]
    [InlineData("1", Urgency.Blocked)]
    public async Task UrgencyAnswer_InTheirWords_IsRead(string answer, Urgency expected)
    {
        var french = answer.Any(c => "éèàçê".Contains(c)) || answer.StartsWith("je", StringComparison.Ordinal) || answer.StartsWith("pas", StringComparison.Ordinal) || answer == "1";
        await new Dialogue(_desk)
            .User(french
                ? "Depuis lundi Excel plante à chaque fois, aucun message, rien n'a changé, sur PC-0001, juste moi"
                : "Since Monday Excel crashes every time, no error message, nothing changed, on PC-0001 with Windows 11, only me")
            .User(answer)
            .RunAsync();

        Assert.Equal(expected, _desk.Conversations.Find("xmpp:alice@localhost")!.Draft.Urgency);
    }

    public void Dispose() => _desk.Dispose();
}
