using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Core.Problems;

/// <summary>
/// <c>/problem open|link|cause|workaround|resolve</c>: problem management (seed 002 §4.4). Incidents with the same
/// symptoms are grouped under a problem; once its cause and workaround are known it is published as a known error;
/// when it is resolved, the requesters of its open tickets are told.
/// </summary>
public sealed class ProblemCommand(IProblemStore problems, IKnownErrorPublisher publisher) : ITechnicianCommand
{
    public string Name => "problem";

    public string Usage => "/problem open N N… titre | link P N… | cause P texte | workaround P texte | resolve P texte";

    public string Summary => "problèmes : regrouper des incidents, cause, contournement (erreur connue), résolution";

    public string EnglishSummary => "problems: group incidents, cause, workaround (known error), resolution";

    public void Run(CommandContext context, CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var links = new ProblemLinks(context, problems);
        switch (arguments.NextWord()?.ToLowerInvariant())
        {
            case "open" or "ouvrir":
                links.Open(arguments);
                break;
            case "link" or "lier":
                links.Link(Find(context, arguments), arguments);
                break;
            case "cause":
                Findings().Cause(Find(context, arguments), arguments.RequiredRest());
                break;
            case "workaround" or "contournement":
                Findings().Workaround(Find(context, arguments), arguments.RequiredRest());
                break;
            case "resolve" or "résoudre" or "resoudre":
                new ProblemResolution(context, problems, publisher).Resolve(Find(context, arguments), arguments.RequiredRest());
                break;
            default:
                throw new CommandUsageException();
        }

        ProblemFindings Findings() => new(context, problems, publisher);
    }

    /// <summary>The problem named by the next word, which must not be resolved yet.</summary>
    private Problem Find(CommandContext context, CommandArguments arguments)
    {
        var word = arguments.NextWord();
        if (!ProblemNumber.TryParse(word, out var number))
        {
            throw new CommandUsageException();
        }

        var problem = problems.Find(number) ?? throw new CommandRejectedException(context.Phrases.Text($"Aucun problème {number}.", $"No problem {number}."));
        return problem.Status == ProblemStatus.Resolved ? throw new CommandRejectedException(context.Phrases.Text($"{number} est déjà résolu.", $"{number} is already resolved.")) : problem;
    }
}
