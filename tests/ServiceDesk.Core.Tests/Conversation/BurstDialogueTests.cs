namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Listen first (seed 000 §5; seed 002 §2.3): what someone types in several short messages is read
/// together, and nothing they said in any of them is asked again.
/// </summary>
public sealed class BurstDialogueTests : IDisposable
{
    private readonly DeskFixture _desk = new();

    [Fact]
    public async Task Dialogue_FrenchBurst_FactsFromEveryMessageAreKept()
    {
        await new Dialogue(_desk)
            .UserBurst("Bonjour", "Outlook m'affiche « Mot de passe incorrect »", "depuis ce matin", "je suis sur PC-0423")
            .BotNot("Depuis quand", "Quelle application", "message d'erreur exact", "Sur quel poste")
            .Bot("changé récemment")
            .RunAsync();

        var draft = _desk.Conversations.Find("xmpp:alice@localhost")!.Draft;
        Assert.Equal(("Outlook", "Mot de passe incorrect"), (draft.Facts.Application, draft.Facts.ErrorMessage));
        Assert.NotNull(draft.Facts.Since);
    }

    [Fact]
    public async Task Dialogue_EnglishBurst_IsAnsweredOnceInEnglish()
    {
        await new Dialogue(_desk, "bob@localhost")
            .UserBurst("hi", "the VPN keeps dropping", "since yesterday", "error 809")
            .Bot("change recently")
            .BotNot("Since when", "error message")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_BurstRedelivered_IsNotAnsweredTwice()
    {
        await new Dialogue(_desk)
            .UserBurst("Le Wi-Fi coupe", "depuis lundi")
            .Bot("message d'erreur")
            .UserBurst("Le Wi-Fi coupe", "depuis lundi")
            .BotSilent()
            .RunAsync();

        Assert.Empty(_desk.Tickets.All());
    }

    public void Dispose() => _desk.Dispose();
}
