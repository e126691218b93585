using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// <c>/outage update</c> and <c>/outage resolve</c>: the news is written once, and a notice for each person of the
/// list in their own language is put in the outage outbox in the same transaction. The command returns at once; each
/// channel's periodic work sends its notices at the pace its network allows (<see cref="OutageOutbox"/>).
/// </summary>
internal sealed class OutageBroadcast(CommandContext context, IOutageStore outages)
{
    public void Update(Outage outage, string text)
    {
        var update = new OutageUpdate(outage.Updates.Count + 1, context.Now, context.Technician.Id, text);
        outage = outage with { Updates = [.. outage.Updates, update] };
        outages.Save(outage);
        var people = outages.People(outage.Number).Where(p => p.IsTold).ToList();
        outages.Queue([.. people.Select(p => Notice(outage, update, p, OutageWords.Update(outage, p.Language, text), []))]);
        context.Reply(context.Phrases.Text(
            $"{outage.Name} : nouvelles enregistrées ; envoi à {people.Count} personne(s) en cours.",
            $"{outage.Name}: news recorded; sending to {people.Count} person(s)."));
        context.Announce($"{outage.Name} {outage.Service}, nouvelles de {context.Technician.Name} : {text} ({people.Count} personne(s) prévenue(s))");
    }

    /// <summary>
    /// The outage is over: its linked tickets are resolved with that solution and their requesters asked to confirm, as
    /// after <c>/resolve</c>; everyone else on the list is told and asked whether it works again for them.
    /// </summary>
    public void Resolve(Outage outage, string text)
    {
        var update = new OutageUpdate(outage.Updates.Count + 1, context.Now, context.Technician.Id, text, Resolves: true);
        outage = outage with { Updates = [.. outage.Updates, update], Status = OutageStatus.Resolved, ResolvedAt = context.Now, Resolution = text };
        outages.Save(outage);
        var notices = new List<OutageNotice>();
        var resolvedTickets = 0;
        foreach (var person in outages.People(outage.Number).Where(p => p.IsTold))
        {
            if (person.Ticket is { } number && context.Tickets.Find(new TicketNumber(number)) is { IsOpen: true } ticket)
            {
                ticket = context.Save(ticket with
                {
                    Solution = new Solution(SolutionKind.Definitive, text, context.Technician.Id, context.Now),
                    Status = TicketStatus.Resolved,
                    PendingQuestion = RequesterQuestion.SolutionWorks,
                }, JournalKind.Action, $"Major incident {outage.Name} resolved: {text}");
                var told = RequesterNotices.Resolved(ticket, text);
                context.Tickets.Save(ticket.WithJournal(new JournalEntry(context.Now, "bot", JournalKind.ReplyToRequester, told)));
                notices.Add(Notice(outage, update, person, told, []));
                resolvedTickets++;
                continue;
            }

            outages.SavePerson(person with { State = OutagePersonState.Confirming });
            notices.Add(Notice(outage, update, person, OutageWords.Resolved(outage, person.Language, text), OutageWords.ConfirmChoiceLabels(person.Language)));
        }

        outages.Queue(notices);
        var duration = OutageReport.Durations(context, outage);
        context.Reply(context.Phrases.Text(
            $"{outage.Name} résolu ({duration}) ; {resolvedTickets} ticket(s) lié(s) résolu(s), fin annoncée à {notices.Count} personne(s), chacune invitée à confirmer. Bilan : /outage report {outage.Name}",
            $"{outage.Name} resolved ({duration}); {resolvedTickets} linked ticket(s) resolved, {notices.Count} person(s) being told, each asked to confirm. Report: /outage report {outage.Name}"));
        context.Announce($"{outage.Name} {outage.Service} résolu par {context.Technician.Name} : {text} ({notices.Count} personne(s) prévenue(s))");
    }

    /// <summary>Puts the requesters of these tickets on the outage's list (their tickets stay theirs); returns how many.</summary>
    public int LinkTickets(Outage outage, IReadOnlyList<Ticket> tickets)
    {
        var linked = 0;
        foreach (var ticket in tickets)
        {
            context.Save(ticket, JournalKind.Action, $"Linked to major incident {outage.Name}.");
            if (TicketAddress.Requester(ticket) is not { } address || outages.FindPerson(outage.Number, ticket.RequesterId) is not null)
            {
                continue;
            }

            outages.SavePerson(new OutagePerson
            {
                Outage = outage.Number, PersonId = ticket.RequesterId, Channel = address.Channel, Address = address.Value,
                Language = ticket.Language, Report = ticket.Description, At = context.Now, State = OutagePersonState.Linked, Ticket = ticket.Number,
            });
            linked++;
        }

        return linked;
    }

    /// <summary>A notice to one person of the list, where the desk reaches them now (a linked person: where they last wrote).</summary>
    private OutageNotice Notice(Outage outage, OutageUpdate update, OutagePerson person, string text, IReadOnlyList<string> choices)
    {
        var to = new ChannelAddress(person.Channel, person.Address);
        to = context.Desk.Reach?.Where(to) ?? to;
        return new()
        {
            Outage = outage.Number, Sequence = update.Sequence, PersonId = person.PersonId, Channel = to.Channel, Address = to.Value,
            Text = text, Choices = choices, QueuedAt = context.Now,
        };
    }
}
