using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>
/// Issue 13: an HR matter is really confidential (only the technicians of <c>Desk:ConfidentialGroup</c>, "rh" by
/// default, see it, in every command; never announced in the room; the person told who will read it), and a
/// technician is answered in their language (<c>Technicians:N:Language</c>, else the language they write in).
/// </summary>
public sealed class ConfidentialAndLanguageTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    [Theory]
    [InlineData("alice@localhost", "Je voudrais consulter l'historique de navigation de mon collègue", "seuls les membres du groupe « rh »", "confidentielle")]
    [InlineData("bob@localhost", "I would like to see the browsing history of my colleague", "only the members of the \"rh\" group", "confidentielle")]
    public async Task HrMatter_OnlyTheConfidentialGroupSeesIt(string requester, string text, string toldWho, string notice)
    {
        var from = new ChannelAddress("xmpp", requester);
        await _desk.SayAsync(from, text);

        Assert.Contains(toldWho, _desk.To(from), StringComparison.Ordinal);
        Assert.Equal("", _desk.To(Room));
        Assert.Contains("#1", _desk.To(Rose), StringComparison.Ordinal);
        Assert.Contains(notice, _desk.To(Rose), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", _desk.To(Bruno));
        Assert.Equal(RequestOutcome.Confidential, _desk.Ticket(1).Outcome);

        await _desk.SayAsync(Bruno, "/queue");
        Assert.Equal("Aucun ticket ouvert dans cette file.", _desk.To(Bruno));
        foreach (var command in new[] { "/show 1", "/take 1", "/note 1 vu", "/say 1 bonjour" })
        {
            await _desk.SayAsync(Bruno, command);
            Assert.Equal("Aucun ticket #1.", _desk.To(Bruno));
        }

        await _desk.InRoomAsync(Chloe, "chloe", "/show 1");
        Assert.Equal("Aucun ticket #1.", _desk.To(Room));

        await _desk.SayAsync(Rose, "/queue");
        Assert.Contains("#1", _desk.To(Rose), StringComparison.Ordinal);
        Assert.Contains("confidentiel", _desk.To(Rose), StringComparison.Ordinal);
        await _desk.SayAsync(Rose, "/show 1");
        Assert.Contains(text, _desk.To(Rose), StringComparison.Ordinal);
        await _desk.SayAsync(Rose, "/take 1");
        Assert.Contains("Vous avez pris #1", _desk.To(Rose), StringComparison.Ordinal);
        Assert.Equal("", _desk.To(Room));
    }

    [Fact]
    public async Task EnglishTechnician_IsAnsweredInEnglish()
    {
        _desk.Open(Alice);

        await _desk.SayAsync(Sam, "/queue");
        Assert.StartsWith("1 ticket(s):", _desk.To(Sam), StringComparison.Ordinal);
        Assert.Contains("due", _desk.To(Sam), StringComparison.Ordinal);
        Assert.Contains("new", _desk.To(Sam), StringComparison.Ordinal);

        await _desk.SayAsync(Sam, "/show 99");
        Assert.Equal("No ticket #99.", _desk.To(Sam));

        await _desk.SayAsync(Sam, "/show 1");
        Assert.Contains("Requester: alice@localhost", _desk.To(Sam), StringComparison.Ordinal);
        Assert.Contains("urgency: blocked", _desk.To(Sam), StringComparison.Ordinal);

        await _desk.SayAsync(Sam, "/take 1");
        Assert.StartsWith("You took #1", _desk.To(Sam), StringComparison.Ordinal);
        Assert.Contains("pris en charge par Sam Carter", _desk.To(Room), StringComparison.Ordinal);

        await _desk.SayAsync(Sam, "/help");
        Assert.Contains("Commands (ticket number", _desk.To(Sam), StringComparison.Ordinal);
        Assert.Contains("take it over", _desk.To(Sam), StringComparison.Ordinal);

        await _desk.SayAsync(Sam, "/frobnicate");
        Assert.Equal("Unknown command: /frobnicate. /help lists the commands.", _desk.To(Sam));
    }

    [Fact]
    public async Task TechnicianWithoutALanguage_IsAnsweredInTheLanguageTheyWriteIn()
    {
        _desk.Open(Alice);

        await _desk.SayAsync(Bruno, "/note 1 the user has a new laptop and the printer is not installed on it");
        Assert.Equal("Note added to #1.", _desk.To(Bruno));

        await _desk.SayAsync(Bruno, "/note 1 le poste est neuf et l'imprimante n'est pas installée dessus");
        Assert.Equal("Note ajoutée à #1.", _desk.To(Bruno));

        await _desk.SayAsync(Bruno, "/queue");
        Assert.StartsWith("1 ticket(s) :", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignedToAnEnglishTechnician_TheyAreToldInEnglish()
    {
        _desk.Open(Alice);

        await _desk.SayAsync(Bruno, "/assign 1 Sam");

        Assert.Equal("#1 attribué à Sam Carter.", _desk.To(Bruno));
        Assert.StartsWith("Bruno Martin assigned #1 to you", _desk.To(Sam), StringComparison.Ordinal);
    }

    public void Dispose() => _desk.Dispose();
}
