using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.FollowUp;
using ServiceDesk.Core.Outages;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians.Commands;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Technicians;

/// <summary>
/// The desk's front door: every inbound message comes here first. Technicians' commands go to the
/// <see cref="TechnicianDesk"/>; a requester's words on a ticket a technician took go to that technician; anything
/// else goes to the bot's <see cref="RequesterDialogue"/>, after which new tickets are posted to the room.
/// </summary>
/// <remarks>
/// Conversations run side by side, each person's one turn at a time (<see cref="TurnScope"/>): a turn holds the keys of
/// the person and the tickets it works on (<see cref="KeyedLocks"/>), so a slow turn (a knowledge-base search, a store
/// retry) holds up no one else, while a technician's command and the requester's message on the same ticket still queue
/// and each reads, changes and writes the ticket whole. The few technicians' actions that may touch any ticket have the
/// desk to themselves (<see cref="DeskGate"/>). Each turn (and each batch of the periodic checks) is one store
/// transaction: when a write fails half-way (a full disk), nothing of the turn is kept, neither the ticket nor the
/// conversation's move, and the same turn can simply be run again. Ticket numbers are the store's to keep unique and
/// gap-free: it gives the next one inside the transaction that stores the ticket (<see cref="ITicketStore.Open"/>).
/// </remarks>
public sealed class DeskRouter : IDisposable
{
    private const string Refusal =
        "Désolé, cette commande est réservée aux techniciens du support. Décrivez-moi simplement votre demande, je suis là pour vous aider. " +
        "(Sorry, this command is for support technicians only. Just describe your request, I am here to help.)";

    /// <summary>At most this many tickets are held by one batch of the periodic checks.</summary>
    private const int TicksPerBatch = 32;

    /// <summary>Held by the periodic check that posts the major incidents' summaries.</summary>
    private const string OutagesKey = "desk:outages";

    /// <summary>
    /// At most this many turns (and check batches) run at once; the others wait their turn without holding a thread.
    /// More would not go faster on a few cores, and each running turn is an open store transaction: LiteDB refuses a
    /// hundredth ("Maximum number of transactions reached"), which a thousand people writing at once reached.
    /// </summary>
    public const int TurnsAtOnce = 32;

    private readonly SemaphoreSlim _running;
    private readonly DeskGate _gate = new();
    private readonly KeyedLocks _locks = new();
    private readonly ProblemWatch? _problems;
    private readonly RequesterDialogue _dialogue;
    private readonly TechnicianDeskServices _desk;
    private readonly TimeProvider _clock;
    private readonly TechnicianDesk _technicians;
    private readonly RequesterRelay _relay;
    private readonly TicketAnnouncer _announcer;
    private readonly IConversationStore _conversations;
    private readonly IUnitOfWork _store;
    private readonly OutageDesk? _outages;

    /// <summary>
    /// The router on <paramref name="store"/>, the unit of work every store given here joins; with
    /// <paramref name="problems"/>, new incidents like several recent ones make the desk propose a problem record; with
    /// <paramref name="outages"/>, people writing about a service during a major incident are told it first;
    /// <paramref name="turnsAtOnce"/> turns at most run at once (<see cref="TurnsAtOnce"/> unless a benchmark says otherwise).
    /// </summary>
    public DeskRouter(
        RequesterDialogue dialogue, IConversationStore conversations, TechnicianDeskServices desk, IUnitOfWork store, TimeProvider clock,
        ProblemWatch? problems = null, OutageDesk? outages = null, int turnsAtOnce = TurnsAtOnce)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(turnsAtOnce, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(turnsAtOnce, TurnsAtOnce);
        (_dialogue, _conversations, _desk, _store, _clock, _problems, _outages) = (dialogue, conversations, desk, store, clock, problems, outages);
        _running = new SemaphoreSlim(turnsAtOnce, turnsAtOnce);
        _technicians = new TechnicianDesk(desk);
        _relay = new RequesterRelay(desk, _technicians);
        _announcer = new TicketAnnouncer(desk, problems);
    }

    public ValueTask<IReadOnlyList<OutboundMessage>> HandleAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return HandleAsync([message], cancellationToken);
    }

    /// <summary>
    /// One turn: a burst of one person's messages (see <see cref="TurnQueue"/>). Only a requester's words for the
    /// bot's dialogue are ever held back into a burst (<see cref="WaitsForMore"/>); anything else comes one by one.
    /// </summary>
    public async ValueTask<IReadOnlyList<OutboundMessage>> HandleAsync(IReadOnlyList<InboundMessage> burst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(burst);
        ArgumentOutOfRangeException.ThrowIfZero(burst.Count);
        burst = _desk.Reach?.Identify(burst) ?? burst;
        var scope = TurnScope.Of(burst[0], _desk);
        using var door = scope.Exclusive
            ? await _gate.EnterExclusiveAsync(cancellationToken).ConfigureAwait(false)
            : await _gate.EnterSharedAsync(cancellationToken).ConfigureAwait(false);
        using var held = await _locks.EnterAsync(scope.Keys, cancellationToken).ConfigureAwait(false);
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // From here the turn runs synchronously on this thread: the store binds the transaction to it.
            cancellationToken.ThrowIfCancellationRequested();
            var now = _clock.GetUtcNow();
            var posted = new List<Ticket>();
            // Awaits the commit's flush to disk rather than blocking this thread on it (group commit: IUnitOfWork).
            var replies = await _store.InOneTransactionAsync(() =>
            {
                posted.Clear();
                return Turn(burst, now, posted);
            }).ConfigureAwait(false);

            // The problem watch looks at the tickets the turn posted once the turn is committed, out of the store's one
            // writer: the ticket's opening took the writer, held to the commit, and the watch compares the new incident
            // with the incidents of its window (a millisecond in a surge when it compared it with all of them; the desk
            // bench measured it as the most of what a turn that opens a ticket did under the writer). Its proposals come
            // last, as they did.
            if (posted.Count > 0)
            {
                replies = [.. replies, .. _announcer.Proposals(posted, now)];
            }

            return burst[^1].ReplyHandle is { } handle ? Privately(replies, burst[^1], handle) : replies;
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>
    /// Whether to let the person finish typing before answering: only for a requester's words the bot's dialogue
    /// will read (never a room line, a technician, a command, or a requester a technician is talking with).
    /// </summary>
    public bool WaitsForMore(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message = _desk.Reach?.Identify(message) ?? message;
        // The dialogue's own check (one conversation read) comes before the person's open tickets (a query): in the middle
        // of a conversation it already says no, and every message a person sends passes here before its turn.
        return !message.From.IsRoom
            && CommandLine.Parse(message.Text) is null
            && _desk.Directory.Find(message.From) is null
            && _dialogue.WaitsForMore(message)
            && !_desk.Tickets.OpenTicketsOf(message.RequesterId).Any(t => t.LiveWith is not null || t.PendingQuestion != RequesterQuestion.None)
            && _outages?.Asks(message.From, _clock.GetUtcNow()) != true;
    }

    /// <summary>
    /// What the desk has to say unprompted on a channel: tickets not yet posted to the room (after a restart),
    /// level-1 time-limit prompts, follow-up reminders and automatic resolutions and closures, and SLA warnings.
    /// Called periodically by the host; everything due is worked out from the store, so a restart resumes it.
    /// </summary>
    /// <remarks>
    /// The checks never wait for a conversation: the open tickets are read first, then worked on in batches of a few,
    /// each batch holding the keys of the tickets it could take at once (<see cref="KeyedLocks.TryEnter"/>) and running
    /// in its own transaction on them, read again; a ticket someone is busy with is left for the next check. A person
    /// writing meanwhile waits at most for the one short batch holding their ticket. A batch the store fails ends the
    /// check with what the batches before it kept (and must send); the rest comes at the next check.
    /// </remarks>
    public async ValueTask<IReadOnlyList<OutboundMessage>> TickAsync(string channel, CancellationToken cancellationToken)
    {
        using var door = await _gate.EnterSharedAsync(cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        var open = _desk.Tickets.OpenTickets();
        var due = Rehearse(open, now, channel);
        var pending = new Queue<IGrouping<string, Ticket>>(open.Where(t => due.Contains(t.RequesterId)).GroupBy(t => t.RequesterId, StringComparer.Ordinal));
        var messages = new List<OutboundMessage>();
        while (pending.Count > 0)
        {
            var (claimed, held) = Claim(pending);
            try
            {
                if (claimed.Count == 0)
                {
                    break;
                }

                messages.AddRange(await CheckAsync(claimed, now, channel).ConfigureAwait(false));
            }
            catch (IOException) when (messages.Count > 0)
            {
                break;
            }
            finally
            {
                held.ForEach(h => h.Dispose());
            }
        }

        messages.AddRange(CheckOutages(now));
        return messages;
    }

    public void Dispose()
    {
        _gate.Dispose();
        _running.Dispose();
    }

    /// <summary>
    /// The major incidents' summaries in the room, in their own transaction; skipped when another channel's check is
    /// already at it (it posts them).
    /// </summary>
    private IReadOnlyList<OutboundMessage> CheckOutages(DateTimeOffset now)
    {
        if (_outages is null)
        {
            return [];
        }

        using var held = _locks.TryEnter([OutagesKey]);
        return held is null ? [] : _store.InOneTransaction(() => _outages.Tick(now));
    }

    /// <summary>
    /// The pending tickets of requesters whose key is free (taken without waiting), about <see cref="TicksPerBatch"/> of
    /// them: every turn on a ticket holds its requester's key, so holding it keeps the ticket still.
    /// </summary>
    private (List<int> Claimed, List<KeyedLocks.Held> Held) Claim(Queue<IGrouping<string, Ticket>> pending)
    {
        var (claimed, held) = (new List<int>(TicksPerBatch), new List<KeyedLocks.Held>(TicksPerBatch));
        while (claimed.Count < TicksPerBatch && pending.TryDequeue(out var requester))
        {
            if (_locks.TryEnter([TurnScope.PersonKey(requester.Key)]) is { } key)
            {
                claimed.AddRange(requester.Select(t => t.Number));
                held.Add(key);
            }
        }

        return (claimed, held);
    }

    /// <summary>
    /// The requesters with something due now, from the watchers run on <paramref name="open"/> without writing
    /// (<see cref="RehearsedTickets"/>): only their tickets are then taken, read again and checked for real. The problem
    /// watch is left out (it keeps what it saw; a new incident is due anyway, to be posted) and nothing is routed.
    /// </summary>
    private IReadOnlySet<string> Rehearse(IReadOnlyList<Ticket> open, DateTimeOffset now, string channel)
    {
        var rehearsal = new RehearsedTickets(_desk.Tickets, open);
        _ = Watch(_desk with { Tickets = rehearsal }, now, channel, problems: null);
        return rehearsal.Due;
    }

    /// <summary>One batch of the periodic checks, in its own transaction, on the tickets it holds.</summary>
    private async Task<IReadOnlyList<OutboundMessage>> CheckAsync(List<int> claimed, DateTimeOffset now, string channel)
    {
        var batch = _desk with { Tickets = new ClaimedTickets(_desk.Tickets, claimed) };
        await _running.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            return _store.InOneTransaction(() => Check(batch, now, channel));
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>The periodic checks on one batch's tickets.</summary>
    private IReadOnlyList<OutboundMessage> Check(TechnicianDeskServices batch, DateTimeOffset now, string channel)
    {
        var said = Watch(batch, now, channel, _problems);
        return _desk.Reach?.Route(said) ?? said;
    }

    /// <summary>What the watchers say about <paramref name="batch"/>'s tickets, each ticket they act on saved with its mark.</summary>
    private static IReadOnlyList<OutboundMessage> Watch(TechnicianDeskServices batch, DateTimeOffset now, string channel, ProblemWatch? problems) =>
    [
        .. new TicketAnnouncer(batch, problems).Announce(now),
        .. new TimeLimitWatch(batch).Check(now, channel),
        .. new FollowUpWatch(batch, new TechnicianDesk(batch)).Check(now),
        .. new SlaWatch(batch).Check(now),
    ];

    /// <summary>
    /// One turn in the store's transaction. A person the configuration links across channels is then reached where they
    /// just wrote: the answers go back there, and so does what the desk starts later (<see cref="People.RequesterReach"/>).
    /// </summary>
    /// <remarks>New tickets posted to the room are added to <paramref name="posted"/>, for the problem watch after the commit.</remarks>
    private IReadOnlyList<OutboundMessage> Turn(IReadOnlyList<InboundMessage> burst, DateTimeOffset now, List<Ticket> posted)
    {
        _desk.Reach?.Wrote(burst[^1], now);
        var replies = burst.Count == 1 ? Route(burst[0], now, posted) : ToDialogue(burst, now, posted);
        return _desk.Reach?.Route(replies, burst[0].From) ?? replies;
    }

    /// <summary>
    /// A command typed through the network's command feature (Slack's <c>/desk</c>) is answered through it, so that only
    /// the person who typed it sees the answer (usage hints and errors never reach the room); what the desk says to
    /// anyone else (the requester told who took their ticket) goes as usual.
    /// </summary>
    private static IReadOnlyList<OutboundMessage> Privately(IReadOnlyList<OutboundMessage> replies, InboundMessage command, ReplyHandle handle)
    {
        var typedBy = command.Speaker ?? command.From;
        return [.. replies.Select(m => m.To == command.From || m.To == typedBy ? m with { ReplyTo = handle } : m)];
    }

    /// <summary>
    /// A ticket recorded while the desk is closed (the caller checks it is): the requester is told when it opens (seed 004: "Le service support
    /// de Lilie est ouvert du lundi au vendredi de 12h à 19h"), never when a technician will act (seed 002 §2.4).
    /// </summary>
    /// <remarks>
    /// The ticket the turn opened is among the person's open tickets numbered after the last one before the turn: the
    /// turn read that list already (the turn read cache keeps it, with what the turn opened), where reading the tickets
    /// after that number from the store, at every message while the desk is closed, read everyone else's new tickets too.
    /// </remarks>
    /// <summary>
    /// A request that became a ticket while the desk is closed: the requester is told when it opens, right after the
    /// dialogue's answers. The ticket opened in this turn is the one the announcer has just posted (a ticket is posted in
    /// the transaction that opens it), so the store is not asked for its last number at every message of a closed desk
    /// (most of the week: seed 004's desk opens 35 hours of 168).
    /// </summary>
    private void TellWhenClosed(ChannelAddress requester, string requesterId, IEnumerable<Ticket> postedNow, int at, DeskReplies replies)
    {
        if (postedNow.FirstOrDefault(t => t.RequesterId == requesterId && t.Outcome == Tickets.RequestOutcome.Ticket) is not { } opened)
        {
            return;
        }

        replies.Insert(at, requester, Calendar.OpeningHoursText.ClosedNotice(_desk.Sla.Calendar, opened.Language));
    }

    private IReadOnlyList<OutboundMessage> Route(InboundMessage message, DateTimeOffset now, List<Ticket> posted)
    {
        var replies = new DeskReplies();
        var line = CommandLine.Parse(message.Text);
        if (message.From.IsRoom)
        {
            FromRoom(message, line, now, replies);
        }
        else if (_desk.Directory.Find(message.From) is { } technician)
        {
            if (line is not null)
            {
                _technicians.Run(technician, message.From, line, now, replies);
            }
            else
            {
                _technicians.Relay(technician, message.From, message.Text.Trim(), now, replies);
            }
        }
        else if (line is not null && _desk.Registry.Contains(line.Name))
        {
            _desk.Audit.CommandRefused(message.From, line.Name);
            replies.Add(message.From, Refusal);
        }
        else if (!_relay.TryHandle(message, now, DialogueIsIdle(message.RequesterId), replies))
        {
            return ToDialogue([message], now, posted);
        }

        return replies.Messages;
    }

    /// <summary>False while the bot's dialogue waits for an answer of its own (then a "oui" is for it).</summary>
    private bool DialogueIsIdle(string requesterId) =>
        _conversations.Find(requesterId) is not { } record || record.State == ConversationState.Idle;

    private void FromRoom(InboundMessage message, CommandLine? line, DateTimeOffset now, DeskReplies replies)
    {
        if (message.Thread?.TicketNumber is { } threadTicket && _desk.Directory.Find(message.Speaker) is not null)
        {
            // In a ticket's thread, "/take", "take" or "/resolve definitive …" are about that ticket.
            line = ThreadCommands.Read(message.Text, line, threadTicket, _desk.Registry);
        }

        if (line is null)
        {
            // In a ticket's thread, the technician who holds the ticket writes to its requester (as /say would);
            // anything else is technicians talking among themselves.
            if (message.Thread?.TicketNumber is { } number && _desk.Directory.Find(message.Speaker) is { } holder
                && _desk.Tickets.Find(new Tickets.TicketNumber(number)) is { } ticket && ticket.AssignedTo == holder.Id
                && message.Text.Trim() is { Length: > 0 } said && CommandLine.Parse($"/say {number} {said}") is { } say)
            {
                _technicians.Run(holder, message.From, say, now, replies);
            }

            return;
        }

        if (_desk.Directory.Find(message.Speaker) is { } technician)
        {
            var answers = new DeskReplies();
            _technicians.Run(technician, message.From, line, now, answers, message.Speaker);
            replies.AddRange(ThreadCommands.InThread(answers.Messages, message));
            return;
        }

        _desk.Audit.CommandRefused(message.Speaker ?? message.From, line.Name);
        // Seen only by whoever typed it, where the network allows (Slack: ephemeral; Jabber: one to one), never by the whole room.
        replies.AddRange([new OutboundMessage(message.From, $"Désolé{(message.DisplayName is { Length: > 0 } nick ? " " + nick : "")}, les commandes du support sont réservées aux techniciens déclarés.")
        {
            OnlyFor = message.Speaker,
        }]);
    }

    private IReadOnlyList<OutboundMessage> ToDialogue(IReadOnlyList<InboundMessage> burst, DateTimeOffset now, List<Ticket> posted)
    {
        var (from, requesterId) = (burst[0].From, burst[0].RequesterId);
        var replies = new DeskReplies();
        // A major incident comes first: its answer replaces the dialogue's (and its surge notice) for this message.
        if (_outages?.Intercept(burst, now, DialogueIsIdle(requesterId), replies) is { } instead)
        {
            if (instead.Count == 0)
            {
                return replies.Messages;
            }

            burst = instead;
        }

        var before = _desk.Tickets.OpenTicketsOf(requesterId).Where(t => t.AssignedTo is not null || t.Owner is not null).ToList();
        replies.AddRange(_dialogue.Handle(burst));
        var closedNoticeAt = replies.Messages.Count;
        _relay.ForwardAdditions(before, from.Channel, replies);
        var postedBefore = posted.Count;
        replies.AddRange(_announcer.Announce(now, requesterId, posted));
        if (!_desk.Sla.Calendar.IsOpen(now))
        {
            TellWhenClosed(from, requesterId, posted.Skip(postedBefore), closedNoticeAt, replies);
        }

        return replies.Messages;
    }
}
