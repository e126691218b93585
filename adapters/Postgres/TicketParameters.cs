using Npgsql;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>A ticket's columns and document as the parameters of an insert or an update.</summary>
internal static class TicketParameters
{
    public static NpgsqlCommand WithTicket(this NpgsqlCommand command, Ticket ticket) => command
        .With("number", ticket.Number)
        .With("draft", PostgresTicketStore.DraftIdOf(ticket))
        .With("requester", ticket.RequesterId)
        .With("status", ticket.Status.ToString())
        .With("opened", ticket.OpenedAt.UtcDateTime)
        .With("taken", Parameters.Utc(ticket.TakenAt))
        .With("announced", Parameters.Utc(ticket.AnnouncedAt))
        .WithJson("document", Documents.Write(ticket));
}
