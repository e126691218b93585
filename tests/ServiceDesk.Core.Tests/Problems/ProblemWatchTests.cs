using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tests.Technicians;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Problems;

public sealed class ProblemWatchTests : IDisposable
{
    private readonly FakeKnownErrorPublisher _published = new();
    private readonly TechnicianDeskFixture _desk;

    public ProblemWatchTests() => _desk = new(db => [new ProblemCommand(new ProblemStore(db), _published)]);

    [Fact]
    public void Announce_ThirdSimilarIncidentWithinWindow_ProposesProblemToRoom()
    {
        Arrive("Outlook refuse mon mot de passe");
        _desk.Clock.Advance(TimeSpan.FromMinutes(10));
        Arrive("Outlook ne prend plus mon mot de passe");
        _desk.Clock.Advance(TimeSpan.FromMinutes(10));

        var room = Arrive("Mot de passe Outlook refusé");

        Assert.Contains("3 incidents semblables en moins de 30 min : #1, #2, #3 (« Mot de passe Outlook refusé »). Cause inconnue ? Je propose un problème : /problem open 1 2 3 titre ; si le service est en panne pour tous, incident majeur : /outage from-incidents 1 2 3", room);
    }

    [Fact]
    public void Announce_SecondSimilarIncident_BelowThresholdSaysNothingMore()
    {
        Arrive("Outlook refuse mon mot de passe");

        var room = Arrive("Outlook ne prend plus mon mot de passe");

        Assert.Single(room);
    }

    [Fact]
    public void Announce_FirstIncidentOutsideWindow_NotCounted()
    {
        Arrive("Outlook refuse mon mot de passe");
        _desk.Clock.Advance(TimeSpan.FromMinutes(31));
        Arrive("Outlook ne prend plus mon mot de passe");

        var room = Arrive("Mot de passe Outlook refusé");

        Assert.Single(room);
    }

    [Fact]
    public void Announce_ThresholdFromOptions_TwoIsEnough()
    {
        Arrive("Outlook refuse mon mot de passe", new ProblemOptions { Threshold = 2 });

        var room = Arrive("Outlook ne prend plus mon mot de passe", new ProblemOptions { Threshold = 2 });

        Assert.Contains(room, m => m.Contains("/problem open 1 2 titre", StringComparison.Ordinal));
    }

    [Fact]
    public void Announce_DifferentSymptoms_NoProposal()
    {
        Arrive("Outlook refuse mon mot de passe");
        Arrive("L'imprimante du 3e ne marche plus");

        var room = Arrive("Le VPN se coupe toutes les heures");

        Assert.Single(room);
    }

    [Fact]
    public async Task Announce_LikeIncidentsOfOpenProblem_ProposesLinking()
    {
        Arrive("Outlook refuse mon mot de passe");
        Arrive("Outlook ne prend plus mon mot de passe");
        await _desk.SayAsync(Bruno, "/problem open 1 2 Outlook refuse les mots de passe");

        var room = Arrive("Mot de passe Outlook refusé");

        Assert.Contains("#3 ressemble aux incidents du problème P1 (« Outlook refuse les mots de passe ») : /problem link P1 3 ; si le service est en panne pour tous : /outage from-problem P1", room);
    }

    [Fact]
    public void Check_OneWatchOverASurge_SeesEachNewTicketLeavesOutClosedOnesAndForgetsThoseOutOfTheWindow()
    {
        var watch = new ProblemWatch(_desk.Tickets, _desk.Problems, new ProblemOptions());
        Arrive("Outlook refuse mon mot de passe", watch);
        var fixedMeanwhile = Arrive("Outlook ne prend plus mon mot de passe", watch);
        _desk.Tickets.Save(_desk.Tickets.Find(new(2))! with { Status = Tickets.TicketStatus.Closed });

        var third = Arrive("Mot de passe Outlook refusé", watch);
        var fourth = Arrive("Outlook refuse encore le mot de passe", watch);
        _desk.Clock.Advance(TimeSpan.FromMinutes(31));
        var later = Arrive("Outlook refuse toujours le mot de passe", watch);

        Assert.Single(fixedMeanwhile);
        Assert.Single(third);
        Assert.Contains(fourth, m => m.StartsWith("3 incidents semblables en moins de 30 min : #1, #3, #4 ", StringComparison.Ordinal));
        Assert.Single(later);
    }

    public void Dispose() => _desk.Dispose();

    /// <summary>A new incident reaches the room; returns what the room was told.</summary>
    [Fact]
    public void Announce_ManyAlikeDuringAnOutage_ReadsBackAndListsOnlyTheLatest()
    {
        var watch = new ProblemWatch(_desk.Tickets, _desk.Problems, new ProblemOptions());
        for (var i = 0; i < 30; i++)
        {
            Arrive("Outlook refuse mon mot de passe", watch);
        }

        var room = Arrive("Outlook refuse mon mot de passe", watch);

        var latest = string.Join(' ', Enumerable.Range(31 - ProblemWatch.ReadBack, ProblemWatch.ReadBack + 1));
        Assert.Contains(room, m => m.StartsWith($"{ProblemWatch.ReadBack + 1} incidents semblables", StringComparison.Ordinal)
            && m.Contains($"/problem open {latest} titre", StringComparison.Ordinal));
    }

    [Fact]
    public void Announce_AlikeAmongOthers_ListsTheLatestAlikeOnesOnly()
    {
        var watch = new ProblemWatch(_desk.Tickets, _desk.Problems, new ProblemOptions());
        for (var i = 0; i < 30; i++)
        {
            Arrive("Outlook refuse mon mot de passe", watch);
            Arrive("L'imprimante du 2e étage est hors ligne", watch);
        }

        var room = Arrive("Outlook refuse mon mot de passe", watch);

        // Outlook's incidents are 1, 3, … 59, the new one 61: the latest twenty before it are 21 … 59.
        var latest = string.Join(' ', Enumerable.Range(0, ProblemWatch.ReadBack + 1).Select(i => 61 - (2 * (ProblemWatch.ReadBack - i))));
        Assert.Contains(room, m => m.StartsWith($"{ProblemWatch.ReadBack + 1} incidents semblables", StringComparison.Ordinal)
            && m.Contains($"/problem open {latest} titre", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ASurgeOfAlikeIncidents_ReadsNoTicketBackByNumber()
    {
        var counted = new CountingTickets(_desk.Tickets);
        var watch = new ProblemWatch(counted, _desk.Problems, new ProblemOptions());
        for (var i = 0; i < 30; i++)
        {
            Arrive("Outlook refuse mon mot de passe", watch);
        }

        // Each look reads what changed since the last (ChangedSince), not the alike incidents one by one.
        Assert.Equal(0, counted.Finds);
        Assert.True(counted.ChangedSinceCalls >= 29);
    }

    [Fact]
    public async Task Check_ProblemOpenedAfterTheWatchFirstLooked_ProposesLinkingFromTheChangesItRead()
    {
        var watch = new ProblemWatch(_desk.Tickets, _desk.Problems, new ProblemOptions());
        Arrive("Outlook refuse mon mot de passe", watch);
        Arrive("Outlook ne prend plus mon mot de passe", watch);
        await _desk.SayAsync(Bruno, "/problem open 1 2 Outlook refuse les mots de passe");

        var room = Arrive("Mot de passe Outlook refusé", watch);

        Assert.Contains("#3 ressemble aux incidents du problème P1 (« Outlook refuse les mots de passe ») : /problem link P1 3 ; si le service est en panne pour tous : /outage from-problem P1", room);
    }

    private sealed class CountingTickets(Core.Storage.ITicketStore inner) : Core.Storage.DelegatingTicketStore(inner)
    {
        public int Finds { get; private set; }

        public int ChangedSinceCalls { get; private set; }

        public override Tickets.Ticket? Find(Tickets.TicketNumber number)
        {
            Finds++;
            return base.Find(number);
        }

        public override IReadOnlyList<Core.Storage.TicketChange> ChangedSince(long change)
        {
            ChangedSinceCalls++;
            return base.ChangedSince(change);
        }
    }

    private List<string> Arrive(string description, ProblemOptions? options = null) =>
        Arrive(description, new ProblemWatch(_desk.Tickets, _desk.Problems, options ?? new ProblemOptions()));

    /// <summary>The same with a watch that lives across arrivals, as the bot's does.</summary>
    private List<string> Arrive(string description, ProblemWatch watch)
    {
        var ticket = _desk.Open(Alice, description);
        _desk.Tickets.Save(ticket with { AnnouncedAt = null });
        return [.. new TicketAnnouncer(_desk.Services, watch).Announce(_desk.Clock.GetUtcNow()).Where(m => m.To == Room).Select(m => m.Text)];
    }
}
