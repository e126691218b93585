using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Turns a finished draft into a recorded request: every request is recorded, whatever its outcome (seed 003:
/// "Toutes les demandes doivent être enregistrées"), with priority from the matrix and due times from the SLA table.
/// </summary>
internal sealed class RequestRecorder(ITicketStore tickets, PriorityMatrix matrix, SlaPolicy sla)
{
    private const string Bot = "bot";

    public SlaTarget TargetFor(Priority priority) => sla.TargetFor(priority);

    /// <summary>Records the request. Open tickets get SLA due times; the other outcomes are recorded closed (but <see cref="RequestOutcome.Confidential"/>, passed on).</summary>
    public Ticket Record(DialogueTurn turn, RequestDraft draft, RequestOutcome outcome, bool humanRequested = false)
    {
        var impact = draft.Impact ?? Impact.OneUser;
        var urgency = draft.Urgency ?? (draft.Type == RequestType.Incident ? Urgency.SlowedDown : Urgency.CanLiveWith);
        var priority = matrix.Classify(impact, urgency);
        var open = outcome is RequestOutcome.Ticket or RequestOutcome.Confidential;
        var action = $"Recorded: {draft.Type}, outcome {outcome}, impact {impact}{Assumed(draft.Impact)}, urgency {urgency}{Assumed(draft.Urgency)}, priority {priority}"
            + (humanRequested ? ", the requester asked for a human" : "")
            + (draft.OfferedArticles.Count > 0 ? $", known errors tried: {string.Join(", ", draft.OfferedArticles)}" : "") + ".";
        var solvedBySelfService = outcome == RequestOutcome.SelfService;
        var draftTicket = new Ticket
        {
            DraftId = draft.DraftId is { Length: > 0 } id ? id : null,
            RequesterId = turn.RequesterId,
            ReplyChannel = turn.Message.From.Channel,
            ReplyAddress = turn.Message.From.Value,
            RequesterName = turn.Message.DisplayName ?? turn.Profile?.DisplayName,
            Description = draft.Description,
            Type = draft.Type,
            Impact = impact,
            Urgency = urgency,
            Priority = priority,
            Status = open ? TicketStatus.New : TicketStatus.Closed,
            Outcome = outcome,
            HumanRequested = humanRequested,
            TriedArticles = draft.OfferedArticles,
            Language = turn.Phrases.Language,
            Facts = draft.Facts with { ForWhom = draft.ForWhom, ByWhen = draft.ByWhen, Where = draft.Where },
            OpenedAt = turn.Now,
            UpdatedAt = turn.Now,
            TakenInChargeAt = solvedBySelfService ? turn.Now : null,
            ResolvedAt = open ? null : turn.Now,
            ClosedAt = open ? null : turn.Now,
            Journal = [.. draft.Transcript, new(turn.Now, Bot, JournalKind.Action, action)],
        };

        // Due times in business time (seed 002's table on the desk's calendar); only open tickets have them.
        return tickets.Open(open ? SlaClock.Stamp(draftTicket, sla) : draftTicket);
    }

    /// <summary>Adds what the bot told the requester to the ticket's journal.</summary>
    public Ticket Told(Ticket ticket, DialogueTurn turn, string text)
    {
        var updated = ticket.WithJournal(new JournalEntry(turn.Now, Bot, JournalKind.ReplyToRequester, text));
        tickets.Save(updated);
        return updated;
    }

    /// <summary>The requester wrote more about an existing ticket: it goes into its journal (new facts fill its blanks).</summary>
    public Ticket AddToTicket(Ticket ticket, DialogueTurn turn, RequestDraft said)
    {
        var facts = ticket.Facts;
        var updated = ticket.WithJournal(new JournalEntry(turn.Now, turn.RequesterId, JournalKind.RequesterMessage, said.Description)) with
        {
            Facts = facts with
            {
                Application = facts.Application ?? said.Facts.Application,
                ErrorMessage = facts.ErrorMessage ?? said.Facts.ErrorMessage,
                Since = facts.Since ?? said.Facts.Since,
                SinceText = facts.Since is null ? said.Facts.SinceText ?? facts.SinceText : facts.SinceText,
                Environment = facts.Environment ?? said.Facts.Environment,
                RecentChange = facts.RecentChange ?? said.Facts.RecentChange,
            },
        };
        tickets.Save(updated);
        return updated;
    }

    /// <summary>How long the list of waiting tickets read for the surge notice is used before it is read again.</summary>
    internal static readonly TimeSpan WaitingFreshFor = TimeSpan.FromSeconds(30);

    private WaitingSnapshot? _waiting;

    /// <summary>Tickets waiting to be picked up, and how long the middle one has waited (for the surge notice).</summary>
    /// <remarks>
    /// Asked on every new request, so the waiting tickets are read at most every <see cref="WaitingFreshFor"/>: a
    /// surge notice speaks of dozens of requests and tens of minutes, figures half a minute old are as true, and a
    /// Monday-morning queue read on every message is what slows a desk down. Ages are from <paramref name="now"/>.
    /// Turns run in parallel for different people: the snapshot is replaced whole.
    /// </remarks>
    public (int Waiting, TimeSpan? TypicalWait) Waiting(DateTimeOffset now)
    {
        var fresh = Volatile.Read(ref _waiting);
        if (fresh is null || now - fresh.ReadAt >= WaitingFreshFor || now < fresh.ReadAt)
        {
            fresh = new WaitingSnapshot(tickets.WaitingOpenings(), now);
            Volatile.Write(ref _waiting, fresh);
        }

        var openings = fresh.Openings;
        if (openings.Count == 0)
        {
            return (0, null);
        }

        var ages = openings.Select(o => now - o).Order().ToList();
        return (ages.Count, ages[ages.Count / 2]);
    }

    private static string Assumed<T>(T? said) where T : struct => said is null ? " (not said, assumed)" : "";

    private sealed record WaitingSnapshot(IReadOnlyList<DateTimeOffset> Openings, DateTimeOffset ReadAt);
}
