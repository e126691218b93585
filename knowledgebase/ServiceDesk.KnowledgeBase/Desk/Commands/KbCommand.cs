using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary>
/// <c>/kb search|show|add|publish|link</c>: the technicians' side of the knowledge base. A resolved ticket's
/// solution becomes a draft for review (<c>/kb add from N</c>), published into the index and the articles folder
/// only when a technician says so (<c>/kb publish id</c>).
/// </summary>
public sealed class KbCommand(ArticleShelf shelf) : ITechnicianCommand
{
    public string Name => "kb";

    public string Usage => "/kb search texte | show id | link N id | add from N | publish id";

    public string Summary => "base de connaissances : chercher, lire, lier à un ticket, rédiger depuis un ticket, publier";

    public string EnglishSummary => "knowledge base: search, read, link to a ticket, draft from a ticket, publish";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var reply = arguments.NextWord()?.ToLowerInvariant() switch
        {
            "search" or "chercher" => KbSearch.Run(context.Phrases, shelf.Index, arguments.RequiredRest()),
            "show" or "voir" => KbShow.Run(context.Phrases, shelf.Index, Id(arguments)),
            "link" or "lier" => KbLink.Run(context, shelf.Index, arguments.Ticket(), Id(arguments)),
            "add" or "ajouter" => KbDraft.Add(context, shelf, From(arguments)),
            "publish" or "publier" => KbDraft.Publish(context.Phrases, shelf, Id(arguments)),
            _ => throw new CommandUsageException(),
        };
        context.Reply(reply);
    }

    private static string Id(CommandArguments arguments) =>
        arguments.NextWord() is { } id && arguments.IsEmpty ? id : throw new CommandUsageException();

    private static Core.Tickets.TicketNumber From(CommandArguments arguments) =>
        arguments.NextWord()?.ToLowerInvariant() is "from" or "depuis" ? arguments.Ticket() : throw new CommandUsageException();
}
