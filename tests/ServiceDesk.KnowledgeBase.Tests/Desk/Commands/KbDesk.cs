using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;
using ServiceDesk.KnowledgeBase.Desk;
using ServiceDesk.KnowledgeBase.Desk.Commands;

namespace ServiceDesk.KnowledgeBase.Tests.Desk.Commands;

/// <summary>
/// The desk's router with the <c>/kb</c> command on a small index, a temporary articles folder, drafts folder and
/// LiteDB file, a fake clock, one technician (Bruno) and one requester (Alice).
/// </summary>
internal sealed class KbDesk : IDisposable
{
    public static readonly ChannelAddress Room = new("xmpp", "techs@conference.localhost") { IsRoom = true };
    public static readonly ChannelAddress Alice = new("xmpp", "alice@localhost");
    public static readonly ChannelAddress Bruno = new("xmpp", "bruno@localhost");

    private readonly TemporaryFolder _folder = new();
    private readonly ServiceDeskDatabase _database;

    public KbDesk(params KnowledgeArticle[] articles)
    {
        _database = new ServiceDeskDatabase(Path.Combine(_folder.Path, "servicedesk.db"));
        Index = new KnowledgeIndex(articles);
        Shelf = new ArticleShelf(ArticlesFolder, DraftsFolder, Index);
        var directory = new TechnicianDirectory([new Technician("Bruno Martin", SupportLevel.Level1, ["bureautique"], [Bruno])]);
        var registry = new CommandRegistry([.. CommandRegistry.Standard(), new KbCommand(Shelf)]);
        var services = new TechnicianDeskServices(Tickets, directory, registry, PriorityMatrix.Default, SlaPolicy.Default,
            new TechnicianDeskOptions { Rooms = [Room] }, new SilentAudit());
        var dialogue = new RequesterDialogue(Tickets, new ConversationStore(_database), new ProfileStore(_database), PriorityMatrix.Default,
            SlaPolicy.Default, new NoKnownErrors(), RefusalCatalogue.Default, new DialogueOptions(), Clock);
        Router = new DeskRouter(dialogue, new ConversationStore(_database), services, _database, Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));

    public KnowledgeIndex Index { get; }

    public ArticleShelf Shelf { get; }

    public DeskRouter Router { get; }

    public string ArticlesFolder => Path.Combine(_folder.Path, "articles");

    public string DraftsFolder => Path.Combine(_folder.Path, "drafts");

    public TicketStore Tickets => new(_database);

    /// <summary>What the desk answered Bruno to his last command, joined by newlines.</summary>
    public async Task<string> BrunoAsync(string text)
    {
        var replies = await Router.HandleAsync(new InboundMessage(Bruno, text, Clock.GetUtcNow()), CancellationToken.None);
        return string.Join('\n', replies.Where(m => m.To == Bruno).Select(m => m.Text));
    }

    public Ticket Ticket(int number) => Tickets.Find(new TicketNumber(number)) ?? throw new InvalidOperationException($"No ticket {number}.");

    public Ticket Open(string description, string language = "fr", Solution? solution = null)
    {
        var now = Clock.GetUtcNow();
        return Tickets.Open(new Ticket
        {
            RequesterId = Alice.ToString(),
            ReplyChannel = Alice.Channel,
            ReplyAddress = Alice.Value,
            Description = description,
            Type = RequestType.Incident,
            Priority = Priority.P3,
            Status = solution is null ? TicketStatus.New : TicketStatus.Resolved,
            Outcome = RequestOutcome.Ticket,
            Language = language,
            OpenedAt = now,
            UpdatedAt = now,
            AnnouncedAt = now,
            Solution = solution,
        });
    }

    public void Dispose()
    {
        Router.Dispose();
        Index.Dispose();
        _database.Dispose();
        _folder.Dispose();
    }

    private sealed class SilentAudit : IDeskAudit
    {
        public void CommandRefused(ChannelAddress who, string command)
        {
        }
    }
}
