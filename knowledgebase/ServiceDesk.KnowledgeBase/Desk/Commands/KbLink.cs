using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary><c>/kb link N id</c>: the article is kept on the ticket, and <c>/show N</c> lists it.</summary>
internal static class KbLink
{
    public static string Run(CommandContext context, IKnowledgeBase index, TicketNumber number, string id)
    {
        var ticket = context.Ticket(number);
        var article = KbSearch.Find(index, id) ?? throw KbShow.Unknown(id);
        if (ticket.LinkedArticles.Contains(article.Id, StringComparer.Ordinal))
        {
            return $"{article.Id} est déjà lié à {ticket.TicketNumber}.";
        }

        context.Save(ticket with { LinkedArticles = [.. ticket.LinkedArticles, article.Id] }, JournalKind.Action, $"Article linked: {article.Id}");
        return $"Article {article.Id} lié à {ticket.TicketNumber} (« {article.Title} »).";
    }
}
