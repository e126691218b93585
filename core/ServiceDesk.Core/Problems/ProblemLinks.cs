using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Problems;

/// <summary><c>/problem open N N… titre</c> and <c>/problem link P N…</c>: incidents grouped under a problem record.</summary>
internal sealed class ProblemLinks(CommandContext context, IProblemStore problems)
{
    public void Open(CommandArguments arguments)
    {
        var (tickets, title) = TicketsThenText(arguments);
        if (tickets.Count == 0 || title.Length == 0)
        {
            throw new CommandUsageException();
        }

        var problem = problems.Open(new Problem
        {
            Title = title,
            OpenedBy = context.Technician.Id,
            OpenedAt = context.Now,
            UpdatedAt = context.Now,
        });
        problem = Attach(problem, tickets);
        context.Reply(context.Phrases.Text(
            $"Problème {problem.ProblemNumber} ouvert : « {title} » ({Numbers(problem)}). "
            + $"/problem cause {problem.ProblemNumber} texte et /problem workaround {problem.ProblemNumber} texte quand ils sont connus.",
            $"Problem {problem.ProblemNumber} opened: \"{title}\" ({Numbers(problem)}). "
            + $"/problem cause {problem.ProblemNumber} text and /problem workaround {problem.ProblemNumber} text once they are known."));
        context.Announce($"Problème {problem.ProblemNumber} ouvert par {context.Technician.Name} : « {title} » ({Numbers(problem)}).");
    }

    public void Link(Problem problem, CommandArguments arguments)
    {
        var (tickets, rest) = TicketsThenText(arguments);
        if (tickets.Count == 0 || rest.Length > 0)
        {
            throw new CommandUsageException();
        }

        problem = Attach(problem, tickets);
        var linked = string.Join(", ", tickets.Select(t => t.TicketNumber));
        context.Reply(context.Phrases.Text(
            $"{linked} lié(s) au problème {problem.ProblemNumber} ({Numbers(problem)}).",
            $"{linked} linked to problem {problem.ProblemNumber} ({Numbers(problem)})."));
    }

    public static string Numbers(Problem problem) => string.Join(", ", problem.Tickets.Select(n => new TicketNumber(n)));

    /// <summary>Checks every ticket first, so a refusal changes nothing; then links them all.</summary>
    private Problem Attach(Problem problem, IReadOnlyList<Ticket> tickets)
    {
        var name = problem.ProblemNumber.ToString();
        foreach (var ticket in tickets.Where(t => t.Problem is { } other && other != name))
        {
            throw new CommandRejectedException(context.Phrases.Text(
                $"{ticket.TicketNumber} est déjà lié au problème {ticket.Problem}.",
                $"{ticket.TicketNumber} is already linked to problem {ticket.Problem}."));
        }

        foreach (var ticket in tickets.Where(t => t.Problem is null))
        {
            context.Save(ticket with { Problem = name }, JournalKind.Action, $"Linked to problem {name}.");
        }

        var updated = problem with { Tickets = [.. problem.Tickets.Union(tickets.Select(t => t.Number))], UpdatedAt = context.Now };
        problems.Save(updated);
        return updated;
    }

    /// <summary>Ticket numbers as long as the words are numbers (each must exist), then the text left.</summary>
    private (IReadOnlyList<Ticket> Tickets, string Text) TicketsThenText(CommandArguments arguments)
    {
        var tickets = new List<Ticket>();
        while (arguments.NextWord() is { } word)
        {
            if (!TicketNumber.TryParse(word, out var number))
            {
                return (tickets, (word + " " + arguments.Rest()).Trim());
            }

            var ticket = context.Ticket(number);
            if (tickets.TrueForAll(t => t.Number != ticket.Number))
            {
                tickets.Add(ticket);
            }
        }

        return (tickets, "");
    }
}
