using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

public sealed class QueueAndRoomTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    [Fact]
    public async Task NewTicketFromDialogue_IsPostedToTheRoomOnceWithItsSummary()
    {
        await _desk.SayAsync(Alice, "je veux parler à un technicien, Outlook refuse mon mot de passe");

        var post = _desk.To(Room);
        Assert.Contains("Nouveau ticket #1", post, StringComparison.Ordinal);
        Assert.Contains("Qui : alice@localhost", post, StringComparison.Ordinal);
        Assert.Contains("échéance", post, StringComparison.Ordinal);
        Assert.Contains("impact :", post, StringComparison.Ordinal);
        Assert.Contains("urgence :", post, StringComparison.Ordinal);
        Assert.Contains("/show 1", post, StringComparison.Ordinal);
        Assert.Contains(_desk.Ticket(1).Journal, j => j is { Kind: JournalKind.Action, Text: "Posted to the technicians' room." });
        Assert.Empty(await _desk.Router.TickAsync("xmpp", CancellationToken.None));
    }

    [Fact]
    public async Task Tick_TicketNotPostedYet_PostsIt()
    {
        _desk.Tickets.Open(_desk.Open(Alice) with { Number = 0, AnnouncedAt = null });

        var posts = await _desk.Router.TickAsync("xmpp", CancellationToken.None);

        Assert.Contains("Nouveau ticket #2", Assert.Single(posts).Text, StringComparison.Ordinal);
        Assert.Equal(Room, posts[0].To);
    }

    [Fact]
    public async Task Queue_SortsByPriorityThenDueTime()
    {
        _desk.Open(Alice, "lent");
        _desk.Tickets.Save(_desk.Open(Eve, "serveur de fichiers en panne pour tous") with { Priority = Priority.P1 });

        await _desk.SayAsync(Bruno, "/queue");

        var lines = _desk.To(Bruno).Split('\n');
        Assert.Equal("2 ticket(s) :", lines[0]);
        Assert.StartsWith("#2 P1", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("#1 P3", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mine", "#1")]
    [InlineData("unassigned", "#2,#3")]
    [InlineData("level2", "#3")]
    [InlineData("awaiting-user", "#4")]
    public async Task Queue_Filter_ListsOnlyMatchingTickets(string filter, string expected)
    {
        _desk.Open(Alice);
        _desk.Open(Alice);
        _desk.Open(Eve);
        _desk.Open(Eve);
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Chloe, "/escalate 3 plus le temps");
        await _desk.SayAsync(Chloe, "/assign 4 chloé");
        await _desk.SayAsync(Chloe, "/wait 4");

        await _desk.SayAsync(Bruno, "/queue " + filter);

        var listed = _desk.To(Bruno).Split('\n').Skip(1).Select(l => l.Split(' ')[0]);
        Assert.Equal(expected.Split(','), listed);
    }

    [Fact]
    public async Task Queue_LateFilter_OnlyPastTheirMaximumDelay()
    {
        // Monday 9:30 in Paris: the desk opens at 12:00, so the P3's four hours run until 16:00 (business time).
        _desk.Open(Alice);
        _desk.Clock.Advance(TimeSpan.FromHours(6.5));
        _desk.Open(Eve);

        await _desk.SayAsync(Bruno, "/queue late");

        Assert.Equal(2, _desk.To(Bruno).Split('\n').Length);
        Assert.Contains("#1 P3", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_GivesFactsHandOffsAndJournal()
    {
        _desk.Open(Alice, "Outlook refuse mon mot de passe");
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/transfer 1 réseau LDAP injoignable");

        await _desk.SayAsync(Bruno, "/show #1");

        var sheet = _desk.To(Bruno);
        Assert.Contains("Description : Outlook refuse mon mot de passe", sheet, StringComparison.Ordinal);
        Assert.Contains("Responsable (niveau 1) : Bruno Martin", sheet, StringComparison.Ordinal);
        Assert.Contains("Transfert", sheet, StringComparison.Ordinal);
        Assert.Contains("LDAP injoignable", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_PhoneRequest_RecordedOwnedAnnouncedAndRequesterTold()
    {
        await _desk.SayAsync(Bruno, "/new alice@localhost appel : le scanner du 2e ne numérise plus");

        var ticket = _desk.Ticket(1);
        Assert.Equal(("xmpp:alice@localhost", "xmpp:bruno@localhost", "appel : le scanner du 2e ne numérise plus"),
            (ticket.RequesterId, ticket.Owner, ticket.Description));
        Assert.Contains("Bruno Martin a enregistré votre demande sous le numéro #1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("Nouveau ticket #1", _desk.To(Room), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_RequesterByNameOnly_RecordedWithoutChatAddress()
    {
        await _desk.SayAsync(Bruno, "/new Dupont bureau 212 : écran noir");

        var ticket = _desk.Ticket(1);
        Assert.Equal(("offline:Dupont", "", "Dupont"), (ticket.RequesterId, ticket.ReplyAddress, ticket.RequesterName));
        await _desk.SayAsync(Bruno, "/say 1 bonjour");
        Assert.Contains("n'est pas joignable par messagerie", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Released_RequesterAddsInformationThroughDialogue_ReachesHolder()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/release 1");

        await _desk.SayAsync(Alice, "je vous signale aussi que l'imprimante fait un bruit bizarre");
        Assert.Empty(_desk.To(Bruno));
        await _desk.SayAsync(Alice, "oui");

        Assert.Contains("C'est ajouté à votre demande #1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal("#1 · alice@localhost ajoute : je vous signale aussi que l'imprimante fait un bruit bizarre", _desk.To(Bruno));
    }

    public void Dispose() => _desk.Dispose();
}
