using ServiceDesk.Core.Channels;
using ServiceDesk.Core.People;
using ServiceDesk.Core.Tests.Technicians;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.People;

/// <summary>
/// A major incident's news reaches a person linked across channels where they last wrote (issue 12), and their answer
/// from there counts: one line in the outage's list for the person, whichever channel they use.
/// </summary>
public sealed class CrossChannelOutageTests : IDisposable
{
    private static readonly ChannelAddress AliceOnSlack = new("slack", "U0ALICE");

    private readonly TechnicianDeskFixture _desk = new(outages: true, people: new PersonDirectory([new Person("Alice Martin", [Alice, AliceOnSlack])]));

    [Fact]
    public async Task OutageNews_PersonMovedToSlack_QueuedOnSlackAndAnsweredThere()
    {
        await _desk.SayAsync(Bruno, "/outage open messagerie les mails ne partent plus");
        await _desk.SayAsync(Alice, "Bonjour, je reçois plus mes mails depuis ce matin");
        Assert.Contains("Nous sommes au courant", _desk.To(Alice), StringComparison.Ordinal);
        await _desk.SayAsync(AliceOnSlack, "prévenez-moi");
        Assert.StartsWith("C'est noté : je vous écris ici dès qu'il y a du nouveau", _desk.To(AliceOnSlack), StringComparison.Ordinal);

        await _desk.SayAsync(Bruno, "/outage update M1 le serveur de messagerie redémarre");
        Assert.Equal("M1 : nouvelles enregistrées ; envoi à 1 personne(s) en cours.", _desk.To(Bruno));
        Assert.Empty(_desk.DrainOutbox("xmpp"));
        Assert.Equal(AliceOnSlack, Assert.Single(_desk.DrainOutbox("slack")).To);

        await _desk.SayAsync(Bruno, "/outage resolve M1 le serveur a été redémarré");
        Assert.Empty(_desk.DrainOutbox("xmpp"));
        Assert.Equal(["Oui, ça marche", "Non, toujours pas"], Assert.Single(_desk.DrainOutbox("slack")).Choices);
        await _desk.SayAsync(AliceOnSlack, "oui");
        Assert.Equal("Merci pour votre confirmation. Bonne journée !", _desk.To(AliceOnSlack));
    }

    public void Dispose() => _desk.Dispose();
}
