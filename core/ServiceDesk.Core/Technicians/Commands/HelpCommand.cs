namespace ServiceDesk.Core.Technicians.Commands;

/// <summary><c>/help</c>: every command with its usage, seen only by whoever asked (a usage hint).</summary>
public sealed class HelpCommand : ITechnicianCommand
{
    public string Name => "help";

    public string Usage => "/help";

    public string Summary => "cette aide";

    public string EnglishSummary => "this help";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Registry.All.Select(c => $"{c.Usage} — {(context.Phrases.IsEnglish ? c.EnglishSummary : c.Summary)}");
        context.Hint(context.Phrases.Text("Commandes (numéro de ticket : 42 ou #42) :\n", "Commands (ticket number: 42 or #42):\n") + string.Join('\n', lines));
    }
}
