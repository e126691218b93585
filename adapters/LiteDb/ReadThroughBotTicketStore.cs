using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The tickets of a store the running bot holds, read through it (<see cref="StoreReadClient"/>): what
/// <c>tickets list|show</c> and <c>report indicators</c> read while the bot runs. Read-only: writing throws.
/// </summary>
public sealed class ReadThroughBotTicketStore(StoreReadClient client) : ITicketStore
{
    public Ticket? Find(TicketNumber number) => client.Ticket(number);

    public IReadOnlyList<Ticket> All() => client.Tickets();

    public IReadOnlyList<Ticket> OpenTicketsOf(string requesterId) => [.. All().Where(t => t.RequesterId == requesterId && t.IsOpen)];

    public IReadOnlyList<Ticket> ClosedOf(string requesterId, DateTimeOffset since) =>
        [.. All().Where(t => t.RequesterId == requesterId && !t.IsOpen && (t.ClosedAt ?? t.UpdatedAt) >= since).OrderByDescending(t => t.ClosedAt ?? t.UpdatedAt)];

    public IReadOnlyList<Ticket> OpenTickets() => [.. All().Where(t => t.IsOpen)];

    public IReadOnlyList<Ticket> NotAnnounced() => [.. OpenTickets().Where(t => t.AnnouncedAt is null)];

    public IReadOnlyList<Ticket> TakenAndOpen() => [.. OpenTickets().Where(t => t.TakenAt is not null)];

    public IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since) => [.. All().Where(t => t.OpenedAt >= since).OrderByDescending(t => t.Number)];

    public int LastNumber() => All() is { Count: > 0 } all ? all[^1].Number : 0;

    public IReadOnlyList<Ticket> After(int number) => [.. All().Where(t => t.Number > number)];

    public IReadOnlyList<DateTimeOffset> WaitingOpenings() => [.. All().Where(t => t.Status == TicketStatus.New).Select(t => t.OpenedAt)];

    /// <summary>The change sequence is followed inside the bot (its web page), not by the inspection verbs.</summary>
    public long LastChange() => throw new NotSupportedException($"The store {client.StorePath} is held by the running bot: its change sequence is read in the bot only.");

    /// <inheritdoc cref="LastChange"/>
    public IReadOnlyList<TicketChange> ChangedSince(long change) => throw new NotSupportedException($"The store {client.StorePath} is held by the running bot: its change sequence is read in the bot only.");

    public Ticket Open(Ticket draft) => throw ReadOnly();

    public int Import(IEnumerable<Ticket> tickets) => throw ReadOnly();

    public void Save(Ticket ticket) => throw ReadOnly();

    private NotSupportedException ReadOnly() =>
        new($"The store {client.StorePath} is held by the running bot: read through it, write through the bot's chat.");
}
