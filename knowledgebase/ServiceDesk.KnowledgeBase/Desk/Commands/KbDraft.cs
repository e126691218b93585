using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary>
/// <c>/kb add from N</c> writes a resolved ticket's solution as a draft for review; <c>/kb publish id</c> publishes
/// the reviewed draft (seed 002 §4.4: a known error goes into the knowledge base where it helps the next user).
/// </summary>
internal static class KbDraft
{
    public static string Add(CommandContext context, ArticleShelf shelf, TicketNumber number)
    {
        var ticket = context.Ticket(number);
        if (ticket.Solution is null)
        {
            throw new CommandRejectedException(context.Phrases.Text(
                $"{ticket.TicketNumber} n'a pas encore de solution : /resolve {ticket.Number} definitive texte d'abord.",
                $"{ticket.TicketNumber} has no solution yet: /resolve {ticket.Number} definitive text first."));
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, context.Options.Zone()).DateTime);
        var draft = KnownErrorDraft.FromTicket(ticket, today);
        var path = shelf.SaveDraft(draft);
        context.Save(ticket, JournalKind.Action, $"Knowledge-base draft written: {draft.Id}");
        var shown = path.Replace('\\', '/');
        return context.Phrases.Text(
            $"Brouillon {draft.Id} écrit pour relecture ({shown}) : complétez la cause, puis /kb publish {draft.Id} pour le publier.",
            $"Draft {draft.Id} written for review ({shown}): complete the cause, then /kb publish {draft.Id} to publish it.");
    }

    public static string Publish(DeskPhrasebook phrases, ArticleShelf shelf, string id)
    {
        if (shelf.DraftProblem(id) is { } problem)
        {
            throw new CommandRejectedException(phrases.Text(
                $"Le brouillon {id} ne se relit pas ; corrigez-le avant de le publier : {problem}",
                $"Draft {id} cannot be read; correct it before publishing it: {problem}"));
        }

        var published = shelf.PublishDraft(id) ?? throw new CommandRejectedException(phrases.Text(
            $"Aucun brouillon {id} à publier. /kb add from N pour en rédiger un.",
            $"No draft {id} to publish. /kb add from N to write one."));
        return phrases.Text(
            $"{published.Id} publié dans la base de connaissances : il est proposé dès maintenant (« {published.Title} »).",
            $"{published.Id} published in the knowledge base: it is offered from now on (\"{published.Title}\").");
    }
}
