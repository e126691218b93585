using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Problems;

/// <summary>
/// <c>/problem cause P texte</c> and <c>/problem workaround P texte</c>. Once both are known the problem becomes a
/// known error (seed 002 §4.4) and is published at once, so the next requester with these symptoms gets the
/// workaround from the bot; a later change publishes the article again.
/// </summary>
internal sealed class ProblemFindings(CommandContext context, IProblemStore problems, IKnownErrorPublisher publisher)
{
    public void Cause(Problem problem, string cause) =>
        Record(problem with { Cause = cause }, context.Phrases.Text($"Cause de {problem.ProblemNumber} enregistrée.", $"Cause of {problem.ProblemNumber} recorded."));

    public void Workaround(Problem problem, string workaround) =>
        Record(problem with { Workaround = workaround }, context.Phrases.Text($"Contournement de {problem.ProblemNumber} enregistré.", $"Workaround of {problem.ProblemNumber} recorded."));

    /// <summary>The known error for a problem, in French (the technicians' words), with the linked tickets' symptoms.</summary>
    public static KnownError KnownErrorOf(Problem problem, IReadOnlyList<Ticket> tickets, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var symptoms = tickets.Select(t => t.Description.ReplaceLineEndings(" ").Trim()).Where(d => d.Length > 0).Distinct().Take(5).ToList();
        var applications = tickets.Select(t => t.Facts.Application).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new KnownError(
            $"kb-problem-{problem.Number}", problem.Title, "fr",
            symptoms.Count > 0 ? symptoms : [problem.Title],
            applications.Count > 0 ? applications : [problem.Title],
            problem.Cause ?? "", problem.Workaround ?? "", problem.Resolution, today);
    }

    private void Record(Problem problem, string done)
    {
        problem = problem with { UpdatedAt = context.Now };
        if (problem is { Cause: not null, Workaround: not null })
        {
            problem = Publish(problem, context, publisher);
            problems.Save(problem);
            context.Reply(done + context.Phrases.Text(
                $" Cause et contournement connus : {problem.ProblemNumber} devient l'erreur connue {problem.KnownErrorId}, publiée et proposée dès maintenant.",
                $" Cause and workaround known: {problem.ProblemNumber} becomes known error {problem.KnownErrorId}, published and offered from now on."));
            context.Announce($"{problem.ProblemNumber} « {problem.Title} » est une erreur connue : /kb show {problem.KnownErrorId}");
            return;
        }

        problems.Save(problem);
        context.Reply(done + (problem.Cause is null
            ? context.Phrases.Text($" Reste la cause : /problem cause {problem.ProblemNumber} texte.", $" The cause is still missing: /problem cause {problem.ProblemNumber} text.")
            : context.Phrases.Text($" Reste le contournement : /problem workaround {problem.ProblemNumber} texte.", $" The workaround is still missing: /problem workaround {problem.ProblemNumber} text.")));
    }

    /// <summary>Publishes (or publishes again) the problem's known error and returns the problem marked with it.</summary>
    public static Problem Publish(Problem problem, CommandContext context, IKnownErrorPublisher publisher)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(publisher);
        var tickets = problem.Tickets.Select(n => context.Tickets.Find(new TicketNumber(n))).OfType<Ticket>().ToList();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, context.Options.Zone()).DateTime);
        var knownError = KnownErrorOf(problem, tickets, today);
        publisher.Publish(knownError);
        return problem with
        {
            KnownErrorId = knownError.Id,
            Status = problem.Status == ProblemStatus.Resolved ? ProblemStatus.Resolved : ProblemStatus.KnownError,
        };
    }
}
