using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.KnowledgeBase.Desk;

/// <summary>
/// A known-error article drafted from a resolved ticket (seed 002 §4.4: once cause and workaround are known, the
/// known error goes into the knowledge base where it helps the next user). The draft carries what the ticket
/// knows: the requester's words as a symptom, the error message, the application, the solution delivered and
/// the articles already tried; a technician completes the cause and reviews it before it is published.
/// </summary>
public static class KnownErrorDraft
{
    public static KnowledgeArticle FromTicket(Ticket ticket, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var english = ticket.Language == "en";
        var solution = ticket.Solution?.Text ?? (english ? "To be completed." : "À compléter.");
        var symptoms = new[] { ticket.Description, ticket.Facts.ErrorMessage ?? "" }.Where(s => s.Trim().Length > 0).ToList();
        var application = ticket.Facts.Application;
        return new KnowledgeArticle(
            Id: $"kb-draft-{ticket.Number}",
            Title: Shorten(ticket.Description, 80),
            Language: english ? "en" : "fr",
            Symptoms: symptoms.Count > 0 ? symptoms : [english ? "To be completed." : "À compléter."],
            AppliesTo: application is null ? [english ? "To be completed" : "À compléter"] : [application],
            Cause: english ? "To be completed by the technician." : "À compléter par le technicien.",
            Workaround: ticket.Solution?.Kind == SolutionKind.Temporary ? [solution] : [english ? "To be completed." : "À compléter."],
            Resolution: ticket.Solution?.Kind == SolutionKind.Definitive ? solution : (english ? "To be completed." : "À compléter."),
            Tags: ["draft", $"ticket-{ticket.Number}"],
            Related: ticket.TriedArticles,
            LastReviewed: today,
            Kind: ArticleKind.KnownError);
    }

    private static string Shorten(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= length ? line : line[..(length - 1)].TrimEnd() + "…";
    }
}
