namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// <c>/dashboard</c>: a one-time sign-in link to the desk's web page (queues, a ticket's story, indicators). The link
/// is personal: typed in the room, it is sent to the technician one to one and the room is only told so.
/// </summary>
public sealed class DashboardCommand(ISignInLinks links) : ITechnicianCommand
{
    public string Name => "dashboard";

    public string Usage => "/dashboard";

    public string Summary => "lien de connexion au tableau de bord (une fois, quelques minutes)";

    public string EnglishSummary => "a sign-in link to the dashboard (once, a few minutes)";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!arguments.IsEmpty)
        {
            throw new CommandUsageException();
        }

        var p = context.Phrases;
        if (links.Issue(context.Technician, context.Now) is not { } link)
        {
            context.Hint(p.Text("Le tableau de bord n'est pas disponible pour le moment.", "The dashboard is not available at the moment."));
            return;
        }

        var minutes = (int)Math.Round(links.Lifetime.TotalMinutes);
        var text = p.Text(
            $"Votre lien vers le tableau de bord, personnel et valable une seule fois pendant {minutes} minutes : {link}",
            $"Your link to the dashboard, personal and valid once for {minutes} minutes: {link}");
        if (!context.ReplyTo.IsRoom)
        {
            context.Reply(text);
            return;
        }

        if (context.Technician.AddressOn(context.ReplyTo.Channel) is { Value.Length: > 0 } own)
        {
            context.Replies.Add(own, text);
            context.Reply(p.Text("Je vous ai envoyé le lien en message privé.", "I sent you the link in a private message."));
            return;
        }

        context.Hint(p.Text(
            "Ce lien est personnel : demandez-le-moi en message privé.",
            "This link is personal: ask me for it in a private message."));
    }
}
