using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// A person who edits their last message (XEP-0308, Slack edits) corrects it: the facts change, no new request is
/// started (seed 002 §2.2: the exact error message and the application concerned).
/// </summary>
public sealed class MessageCorrectionTests : IDisposable
{
    private readonly DeskFixture _desk = new();

    [Fact]
    public async Task Correction_OfTheDescriptionWhileConfirming_ReformulatesWithTheCorrectedErrorAndOpensOneTicket()
    {
        await new Dialogue(_desk)
            .User("Depuis lundi Outlook affiche « Mot de pase incorect » à chaque fois, depuis la mise à jour de vendredi. Toute l'équipe compta est bloquée. Je suis sur PC-0423 sous Windows 11.", "m1")
            .Bot("Si je vous comprends bien", "« Mot de pase incorect »", "C'est bien ça ?")
            .UserCorrects("m1", "Depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, depuis la mise à jour de vendredi. Toute l'équipe compta est bloquée. Je suis sur PC-0423 sous Windows 11.")
            .Bot("Merci, c'est corrigé.", "Si je vous comprends bien", "message d'erreur « Mot de passe incorrect »", "C'est bien ça ?")
            .BotNot("Votre message concerne-t-il", "Qui est touché", "incorect")
            .User("oui")
            .Bot("#1", "priorité P2")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal("Mot de passe incorrect", ticket.Facts.ErrorMessage);
        Assert.DoesNotContain("incorect", ticket.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_AfterTheTicketInEnglish_CorrectsTheTicketsFactsAndJournalsIt()
    {
        await new Dialogue(_desk)
            .User("Since yesterday 3pm Excel shows \"File is lokced\" every time, nothing changed, I'm on PC-0100 with Windows 10, only me, and I'm slowed down", "e1")
            .Bot("If I understand you correctly")
            .User("yes")
            .Bot("#1")
            .UserCorrects("e1", "Since yesterday 3pm Excel shows \"File is locked\" every time, nothing changed, I'm on PC-0100 with Windows 10, only me, and I'm slowed down")
            .Bot("I have corrected request #1")
            .BotNot("Is your message about")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal("File is locked", ticket.Facts.ErrorMessage);
        Assert.DoesNotContain("lokced", ticket.Description, StringComparison.Ordinal);
        Assert.Contains(ticket.Journal, j => j.Kind == JournalKind.RequesterMessage && j.Text.StartsWith("(correction) ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Correction_OfAMessageTheDeskNeverHandled_IsAnOrdinaryMessage()
    {
        await new Dialogue(_desk)
            .UserCorrects("unknown-id", "L'imprimante du 3e ne marche plus")
            .Bot("Depuis quand")
            .BotNot("corrigé")
            .RunAsync();
    }

    [Fact]
    public async Task Correction_WithinABurst_ReplacesTheWordsItCorrects()
    {
        var alice = new ChannelAddress("xmpp", "alice@localhost");
        var now = _desk.Clock.GetUtcNow();
        var answers = await _desk.Dialogue.HandleAsync(
            [
                new InboundMessage(alice, "Outlok me dit « mot de passe incorect »", now) { MessageId = "b1" },
                new InboundMessage(alice, "Outlook me dit « mot de passe incorrect »", now) { MessageId = "b2", Corrects = "b1" },
            ],
            CancellationToken.None);

        var said = string.Join('\n', answers.Select(a => a.Text));
        Assert.DoesNotContain("incorect", said, StringComparison.Ordinal);
        Assert.Contains("Depuis quand", said, StringComparison.Ordinal);
    }

    public void Dispose() => _desk.Dispose();
}
