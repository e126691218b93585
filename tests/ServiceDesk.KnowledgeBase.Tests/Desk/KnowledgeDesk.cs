using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Refusals;
using ServiceDesk.KnowledgeBase.Desk;

namespace ServiceDesk.KnowledgeBase.Tests.Desk;

/// <summary>
/// The real requester dialogue with the real knowledge base (the repository's articles) behind it, on a
/// temporary LiteDB file and a fake clock.
/// </summary>
internal sealed class KnowledgeDesk : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-desk-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceDeskDatabase _database;

    public KnowledgeDesk(IKnowledgeBase knowledgeBase)
    {
        Directory.CreateDirectory(_folder);
        _database = new ServiceDeskDatabase(Path.Combine(_folder, "servicedesk.db"));
        Dialogue = new RequesterDialogue(
            Tickets, new ConversationStore(_database), new ProfileStore(_database), PriorityMatrix.Default, SlaPolicy.Default,
            new KnowledgeBaseKnownErrors(knowledgeBase), RefusalCatalogue.Default, new DialogueOptions(), Clock);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));

    public RequesterDialogue Dialogue { get; }

    public TicketStore Tickets => new(_database);

    public async Task<IReadOnlyList<OutboundMessage>> SayAsync(ChannelAddress from, string text) =>
        await Dialogue.HandleAsync(new InboundMessage(from, text, Clock.GetUtcNow()), CancellationToken.None);

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
