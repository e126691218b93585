using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary><c>/kb link N id</c>: the article is kept on the ticket, and <c>/show N</c> lists it.</summary>
internal static class KbLink
{
    public static string Run(CommandContext context, IKnowledgeBase index, TicketNumber number, string id)
    {
        var ticket = context.Ticket(number);
        var article = KbSearch.Find(index, id) ?? throw KbShow.Unknown(context.Phrases, id);
        if (ticket.LinkedArticles.Contains(article.Id, StringComparer.Ordinal))
        {
            return context.Phrases.Text($"{article.Id} est déjà lié à {ticket.TicketNumber}.", $"{article.Id} is already linked to {ticket.TicketNumber}.");
        }

        context.Save(ticket with { LinkedArticles = [.. ticket.LinkedArticles, article.Id] }, JournalKind.Action, $"Article linked: {article.Id}");
        return context.Phrases.Text(
            $"Article {article.Id} lié à {ticket.TicketNumber} (« {article.Title} »).",
            $"Article {article.Id} linked to {ticket.TicketNumber} (\"{article.Title}\").");
    }
}
