using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Status at any time, someone else's ticket, restarts, bad input: the dialogue answers courteously and loses nothing.
/// </summary>
public sealed class StatusAndSafetyTests : IDisposable
{
    private const string FullIncident =
        "Depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, sur PC-0423, je suis seule touchée et bloquée";

    private readonly DeskFixture _desk = new();

    [Theory]
    [InlineData("où en est ma demande ?")]
    [InlineData("statut")]
    [InlineData("status")]
    [InlineData("/status")]
    [InlineData("Où en sont mes demandes")]
    public async Task Dialogue_StatusQuestion_ListsTheOpenTicketWithItsStatus(string question)
    {
        await new Dialogue(_desk)
            .User(FullIncident).Bot("C'est bien ça ?").User("oui").Bot("#1")
            .User(question)
            .Bot("#1", "Outlook affiche", "nouvelle, en attente de prise en charge", "priorité P3")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_EnglishStatusOfTicketNumber_ShowsThatTicketInEnglish()
    {
        await new Dialogue(_desk)
            .User("Since last Monday my laptop screen flickers every time, no error message, nothing changed, on LT-0001, only me, I can live with it")
            .Bot("Is that right?").User("yes").Bot("#1", "priority P4")
            .User("status of ticket 1")
            .Bot("#1", "my laptop screen flickers", "new, waiting to be picked up")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_StatusWithoutTickets_SaysSoAndOffersHelp() =>
        await new Dialogue(_desk).User("statut").Bot("aucune demande en cours", "Que puis-je faire").RunAsync();

    [Fact]
    public async Task Dialogue_AskingForSomeoneElsesTicket_LearnsNothingAboutIt()
    {
        await new Dialogue(_desk, "bob@localhost").User(FullIncident).User("oui").Bot("#1").RunAsync();

        await new Dialogue(_desk)
            .User("où en est ma demande #1 ?")
            .Bot("Je ne trouve pas de demande #1 parmi les vôtres")
            .BotNot("Outlook", "bob", "P3")
            .User("statut du ticket 999")
            .Bot("Je ne trouve pas de demande #999 parmi les vôtres")
            .RunAsync();

        var alice = new ChannelAddress("xmpp", "alice@localhost");
        Assert.Equal([(alice, 1, true), (alice, 999, false)], _desk.Audit.OtherTickets);
    }

    [Fact]
    public async Task Dialogue_StatusInTheMiddle_AnswersThenAsksThePendingQuestionAgain()
    {
        await new Dialogue(_desk)
            .User("Excel plante à l'ouverture")
            .Bot("Depuis quand")
            .User("statut")
            .Bot("aucune demande en cours", "Depuis quand")
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_RestartInTheMiddle_ContinuesWhereItWas()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi le lecteur réseau P: a disparu, pas de message d'erreur, rien n'a changé, à chaque fois, sur PC-0007")
            .Bot("Qui est touché")
            .User("juste moi")
            .Then(_desk.Restart)
            .User("ralentie")
            .Bot("Si je vous comprends bien", "lecteur réseau")
            .User("oui")
            .Bot("#1", "priorité P4")
            .RunAsync();

        Assert.Contains("lecteur réseau P: a disparu", Assert.Single(_desk.Tickets.All()).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialogue_Cancel_StopsTheRequestAndRecordsItAsAbandoned()
    {
        await new Dialogue(_desk)
            .User("Je voudrais un deuxième écran")
            .User("annuler")
            .Bot("C'est annulé")
            .User("statut")
            .Bot("aucune demande en cours")
            .RunAsync();

        var record = Assert.Single(_desk.Tickets.All());
        Assert.Equal((RequestOutcome.Abandoned, TicketStatus.Closed), (record.Outcome, record.Status));
    }

    [Fact]
    public async Task Dialogue_EmptyMessage_AsksCourteouslyToWriteAgain() =>
        await new Dialogue(_desk).User("   ").Bot("vide", "réécrire").RunAsync();

    [Fact]
    public async Task Dialogue_HugeMessage_IsCutAndTheUserIsTold()
    {
        await new Dialogue(_desk).User(new string('a', 100_000)).Bot("très long", "4000").RunAsync();

        Assert.Equal(4000, _desk.Conversations.Find("xmpp:alice@localhost")!.Draft.Description.Length);
    }

    [Fact]
    public async Task Dialogue_RedeliveredMessageId_IsNotAnsweredTwice()
    {
        await new Dialogue(_desk)
            .User("Mon PC est très lent", messageId: "m1")
            .Bot("Depuis quand")
            .User("Mon PC est très lent", messageId: "m1")
            .BotSilent()
            .RunAsync();
    }

    [Fact]
    public async Task Dialogue_ReplayedFromTheInboxAfterItsTurnWasSaved_GetsTheSameAnswerOnceAndNothingElseChanges()
    {
        var alice = new ChannelAddress("xmpp", "alice@localhost");
        var answered = await _desk.SayAsync(alice, "Mon PC est très lent", messageId: "m1");
        var before = _desk.Conversations.Find(alice.ToString())!;
        _desk.Restart();
        var replayed = new InboundMessage(alice, "Mon PC est très lent", _desk.Clock.GetUtcNow()) { MessageId = "m1", Replayed = true };

        var again = await _desk.Dialogue.HandleAsync(replayed, CancellationToken.None);
        var onceMore = await _desk.Dialogue.HandleAsync(replayed, CancellationToken.None);
        var redelivered = await _desk.Dialogue.HandleAsync(replayed with { Replayed = false }, CancellationToken.None);

        Assert.Contains(again, m => m.Text.Contains("Depuis quand", StringComparison.Ordinal));
        Assert.Equal(answered.Select(m => (m.To, m.Text, string.Join("|", m.Choices))), again.Select(m => (m.To, m.Text, string.Join("|", m.Choices))));
        Assert.Empty(onceMore);
        Assert.Empty(redelivered);
        var after = _desk.Conversations.Find(alice.ToString())!;
        Assert.Equal(
            (before.State, before.Draft.Pending, before.Draft.Asked.Count, before.Draft.Transcript.Count, before.Draft.DraftId),
            (after.State, after.Draft.Pending, after.Draft.Asked.Count, after.Draft.Transcript.Count, after.Draft.DraftId));
    }

    [Fact]
    public async Task Dialogue_ReplayOfAnOlderTurn_IsNotAnsweredAgain()
    {
        var alice = new ChannelAddress("xmpp", "alice@localhost");
        await _desk.SayAsync(alice, "Mon PC est très lent", messageId: "m1");
        await _desk.SayAsync(alice, "depuis ce matin", messageId: "m2");

        var replayed = await _desk.Dialogue.HandleAsync(
            new InboundMessage(alice, "Mon PC est très lent", _desk.Clock.GetUtcNow()) { MessageId = "m1", Replayed = true }, CancellationToken.None);

        Assert.Empty(replayed);
    }

    [Fact]
    public async Task Dialogue_SameMessageTwiceInOneBurst_IsReadOnce()
    {
        var alice = new ChannelAddress("xmpp", "alice@localhost");
        var message = new InboundMessage(alice, "Mon PC est très lent", _desk.Clock.GetUtcNow()) { MessageId = "m1" };

        await _desk.Dialogue.HandleAsync([message with { Replayed = true }, message], CancellationToken.None);

        Assert.Equal("Mon PC est très lent", _desk.Conversations.Find(alice.ToString())!.Draft.Description);
    }

    [Fact]
    public async Task Dialogue_QuerySyntaxInText_IsJustText()
    {
        await new Dialogue(_desk)
            .User("$.RequesterId = 'bob' OR 1=1 {\"$where\": \"true\"}")
            .Bot("Quelle application")
            .User("statut")
            .Bot("aucune demande en cours")
            .RunAsync();
    }

    public void Dispose() => _desk.Dispose();
}
