using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.People;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tests.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>
/// The whole desk (router, requester dialogue, technicians) on a temporary LiteDB file and a fake clock, with three
/// technicians: Bruno and Chloé at level 1, Denis at level 2 in the "réseau" group; and Alice and Eve as requesters.
/// The desk's stores are behind the turn read cache, as the bot wires them.
/// </summary>
internal sealed class TechnicianDeskFixture : IDisposable
{
    public static readonly ChannelAddress Room = new("xmpp", "techs@conference.localhost") { IsRoom = true };
    public static readonly ChannelAddress Alice = new("xmpp", "alice@localhost");
    public static readonly ChannelAddress Eve = new("xmpp", "eve@localhost");
    public static readonly ChannelAddress Bruno = new("xmpp", "bruno@localhost");
    public static readonly ChannelAddress Chloe = new("xmpp", "chloe@localhost");
    public static readonly ChannelAddress Denis = new("xmpp", "denis@localhost");
    public static readonly ChannelAddress Rose = new("xmpp", "rose@localhost");
    public static readonly ChannelAddress Sam = new("xmpp", "sam@localhost");

    private readonly TemporaryDatabase _db = new();
    private readonly Func<ServiceDeskDatabase, IEnumerable<ITechnicianCommand>>? _more;
    private readonly IKnownErrorSearch _knownErrors;
    private readonly bool _outages;
    private readonly PersonDirectory? _people;
    private readonly Func<ITicketStore, ITicketStore>? _ticketsAround;
    private readonly ProblemOptions? _problems;
    private TurnReadCache _cache = new();

    /// <param name="more">Commands beyond the standard ones (<c>/problem</c>), made on the fixture's database.</param>
    /// <param name="presence">Who is in the technicians' room, as a channel would report it; none: the desk does not know.</param>
    /// <param name="outages">With major incidents: <c>/outage</c>, and the router telling people about open outages first.</param>
    /// <param name="knownErrors">The knowledge base the dialogue searches; none: it finds nothing.</param>
    /// <param name="people">People the configuration links across channels; none: every address is its own requester.</param>
    /// <param name="ticketsAround">Wraps the ticket store the desk uses (under the turn read cache), e.g. to count its reads.</param>
    /// <param name="problems">With the problem watch: alike incidents make the router propose a problem to the room.</param>
    public TechnicianDeskFixture(
        Func<ServiceDeskDatabase, IEnumerable<ITechnicianCommand>>? more = null, PresenceBoard? presence = null, bool outages = false,
        IKnownErrorSearch? knownErrors = null, PersonDirectory? people = null, Func<ITicketStore, ITicketStore>? ticketsAround = null,
        ProblemOptions? problems = null)
    {
        _problems = problems;
        _people = people;
        _ticketsAround = ticketsAround;
        Presence = presence;
        _knownErrors = knownErrors ?? new NoKnownErrors();
        _more = more;
        _outages = outages;
        (Router, Services, Directory) = Build();
    }

    /// <summary>As if the process stopped and started again: the file is closed and reopened, the desk rebuilt.</summary>
    public void Restart()
    {
        Router.Dispose();
        _cache.Dispose();
        _cache = new TurnReadCache();
        _db.Reopen();
        (Router, Services, Directory) = Build();
    }

    /// <summary>One periodic check of the desk, as the host runs every few seconds.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> TickAsync() => Last = await Router.TickAsync("xmpp", CancellationToken.None);

    private (DeskRouter, TechnicianDeskServices, TechnicianDirectory) Build()
    {
        var more = _more;
        var tickets = _cache.Around(_ticketsAround?.Invoke(new TicketStore(_db.Database)) ?? new TicketStore(_db.Database));
        var conversations = _cache.Around(new ConversationStore(_db.Database));
        var profiles = _cache.Around(new ProfileStore(_db.Database));
        Directory = new TechnicianDirectory(
        [
            new Technician("Bruno Martin", SupportLevel.Level1, ["bureautique"], [Bruno]),
            new Technician("Chloé Petit", SupportLevel.Level1, ["poste de travail"], [Chloe]),
            new Technician("Denis Roy", SupportLevel.Level2, ["réseau"], [Denis]),
            new Technician("Rose Hamel", SupportLevel.Level1, ["rh"], [Rose]),
            new Technician("Sam Carter", SupportLevel.Level1, [], [Sam]) { Language = "en" },
        ]);
        var services = new TechnicianDeskServices(tickets, Directory, new CommandRegistry([.. CommandRegistry.Standard(), .. more?.Invoke(_db.Database) ?? [], .. OutageCommands()]), PriorityMatrix.Default,
            SlaPolicy.Default, new TechnicianDeskOptions { Rooms = [Room] }, Audit, Presence,
            _people is null ? null : new RequesterReach(_people, profiles));
        var dialogue = new RequesterDialogue(tickets, conversations, profiles, PriorityMatrix.Default,
            SlaPolicy.Default, _knownErrors, RefusalCatalogue.Default, new DialogueOptions(), Clock);
        var outageDesk = _outages ? new OutageDesk(Outages, conversations, services, OutageOptions) : null;
        var watch = _problems is null ? null : new ProblemWatch(tickets, Problems, _problems);
        return (new DeskRouter(dialogue, conversations, services, _cache.Around((IUnitOfWork)_db.Database), Clock, watch, outageDesk), services, Directory);
    }

    private IEnumerable<ITechnicianCommand> OutageCommands() =>
        _outages ? [new OutageCommand(Outages, Problems, new ServiceVocabulary(OutageOptions))] : [];

    public OutageOptions OutageOptions { get; } = new();

    public OutageStore Outages => new(_db.Database);

    /// <summary>What the channel's periodic work would send now from the outage outbox (all of it), each marked sent.</summary>
    public IReadOnlyList<OutboundMessage> DrainOutbox(string channel = "xmpp")
    {
        var outbox = new OutageOutbox(Outages);
        var due = outbox.Due(channel, int.MaxValue);
        foreach (var (id, _) in due)
        {
            outbox.Sent(id, Clock.GetUtcNow());
        }

        return Last = [.. due.Select(d => d.Message)];
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));

    public FakeAudit Audit { get; } = new();

    /// <summary>Who is in the technicians' room, as the channel would report it (none: the desk does not know).</summary>
    public PresenceBoard? Presence { get; }

    public TechnicianDirectory Directory { get; private set; }

    public TechnicianDeskServices Services { get; private set; }

    public DeskRouter Router { get; private set; }

    public TicketStore Tickets => new(_db.Database);

    public ProblemStore Problems => new(_db.Database);

    /// <summary>The desk's file (to ask, for instance, whether the calling thread holds its writer).</summary>
    public ServiceDeskDatabase Database => _db.Database;

    /// <summary>Everything the desk said in answer to the last message.</summary>
    public IReadOnlyList<OutboundMessage> Last { get; private set; } = [];

    public async Task<IReadOnlyList<OutboundMessage>> SayAsync(ChannelAddress from, string text) =>
        Last = await Router.HandleAsync(new InboundMessage(from, text, Clock.GetUtcNow()), CancellationToken.None);

    /// <summary>A line in the technicians' room, spoken by someone whose real address the room shows.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> InRoomAsync(ChannelAddress speaker, string nick, string text) =>
        Last = await Router.HandleAsync(new InboundMessage(Room, text, Clock.GetUtcNow()) { Speaker = speaker, DisplayName = nick }, CancellationToken.None);

    /// <summary>A line in ticket <paramref name="ticket"/>'s thread of the technicians' room (a network with threads).</summary>
    public async Task<IReadOnlyList<OutboundMessage>> InThreadAsync(int ticket, ChannelAddress speaker, string text) =>
        Last = await Router.HandleAsync(
            new InboundMessage(Room, text, Clock.GetUtcNow()) { Speaker = speaker, DisplayName = speaker.Value, Thread = ThreadReference.ForTicket(ticket) },
            CancellationToken.None);

    /// <summary>What the last message made the desk say to one address, joined by newlines.</summary>
    public string To(ChannelAddress address) => string.Join('\n', Last.Where(m => m.To == address).Select(m => m.Text));

    public Ticket Ticket(int number) => Tickets.Find(new TicketNumber(number)) ?? throw new InvalidOperationException($"No ticket {number}.");

    /// <summary>Opens a ticket for a requester as the dialogue would, without the conversation.</summary>
    public Ticket Open(ChannelAddress requester, string description = "Outlook refuse mon mot de passe", string language = "fr")
    {
        var now = Clock.GetUtcNow();
        return Tickets.Open(SlaClock.Stamp(new Ticket
        {
            RequesterId = requester.ToString(),
            ReplyChannel = requester.Channel,
            ReplyAddress = requester.Value,
            Description = description,
            Type = RequestType.Incident,
            Impact = Impact.OneUser,
            Urgency = Urgency.Blocked,
            Priority = Priority.P3,
            Status = TicketStatus.New,
            Outcome = RequestOutcome.Ticket,
            Language = language,
            OpenedAt = now,
            UpdatedAt = now,
            AnnouncedAt = now,
        }, SlaPolicy.Default));
    }

    public void Dispose()
    {
        Router.Dispose();
        _cache.Dispose();
        _db.Dispose();
    }
}
