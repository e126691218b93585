using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Tests.Storage;
using ServiceDesk.Core.Tests.Technicians;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// The requester dialogue on a real temporary LiteDB file and a fake clock (Monday 23 November 2026, 9:30 in
/// Paris); <see cref="Restart"/> reopens both.
/// </summary>
internal sealed class DeskFixture : IDisposable
{
    private readonly TemporaryDatabase _db = new();

    public DeskFixture(IKnownErrorSearch? knownErrors = null, DialogueOptions? options = null)
    {
        KnownErrors = knownErrors ?? new NoKnownErrors();
        Options = options ?? new DialogueOptions();
        Dialogue = Create();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));

    public IKnownErrorSearch KnownErrors { get; }

    /// <summary>What the dialogue reported (questions about other people's tickets).</summary>
    public FakeAudit Audit { get; } = new();

    public DialogueOptions Options { get; }

    public RequesterDialogue Dialogue { get; private set; }

    public TicketStore Tickets => new(_db.Database);

    public ConversationStore Conversations => new(_db.Database);

    public ProfileStore Profiles => new(_db.Database);

    public async Task<IReadOnlyList<OutboundMessage>> SayAsync(ChannelAddress from, string text, string? messageId = null, string? corrects = null) =>
        await Dialogue.HandleAsync(new InboundMessage(from, text, Clock.GetUtcNow()) { MessageId = messageId, Corrects = corrects }, CancellationToken.None);

    /// <summary>Messages typed one after the other, read together (what the turn queue hands over after a pause).</summary>
    public async Task<IReadOnlyList<OutboundMessage>> SayBurstAsync(ChannelAddress from, IReadOnlyList<string> texts) =>
        await Dialogue.HandleAsync([.. texts.Select((t, i) => new InboundMessage(from, t, Clock.GetUtcNow()) { MessageId = $"burst-{i}-{t.GetHashCode(StringComparison.Ordinal)}" })], CancellationToken.None);

    /// <summary>As if the process stopped and started again: the file is closed and reopened, the dialogue rebuilt.</summary>
    public void Restart()
    {
        _db.Reopen();
        Dialogue = Create();
    }

    private RequesterDialogue Create() => new(
        new TicketStore(_db.Database), new ConversationStore(_db.Database), new ProfileStore(_db.Database),
        PriorityMatrix.Default, SlaPolicy.Default, KnownErrors, RefusalCatalogue.Default, Options, Clock, Audit);

    public void Dispose() => _db.Dispose();
}
