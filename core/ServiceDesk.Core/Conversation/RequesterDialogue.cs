using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Intake;
using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Recognition.Tickets;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Runs one requester turn: reads the stored conversation, understands the message, moves the
/// <see cref="Conversation"/> on, records requests, stores everything, and returns the answers.
/// </summary>
/// <remarks>
/// One turn at a time per conversation (the caller serialises by address). The store is synchronous
/// (<see cref="Storage.IUnitOfWork"/>); a turn does a handful of small reads and writes. What can be said at any point (status,
/// cancel, a human, thanks) is handled here; the request itself is the <see cref="Interview"/>'s.
/// </remarks>
public sealed class RequesterDialogue
{
    private readonly ITicketStore _tickets;
    private readonly IConversationStore _conversations;
    private readonly IProfileStore _profiles;
    private readonly RefusalCatalogue _refusals;
    private readonly DialogueOptions _options;
    private readonly TimeProvider _clock;
    private readonly RequestRecorder _recorder;
    private readonly Interview _interview;
    private readonly IDeskAudit? _audit;
    private readonly MessageCorrection _corrections;

    public RequesterDialogue(
        ITicketStore tickets, IConversationStore conversations, IProfileStore profiles, PriorityMatrix matrix, SlaPolicy sla,
        IKnownErrorSearch knownErrors, RefusalCatalogue refusals, DialogueOptions options, TimeProvider clock, IDeskAudit? audit = null)
    {
        (_tickets, _conversations, _profiles, _refusals, _options, _clock, _audit) = (tickets, conversations, profiles, refusals, options, clock, audit);
        _recorder = new RequestRecorder(tickets, matrix, sla);
        _interview = new Interview(_recorder, tickets, profiles, knownErrors, options);
        _corrections = new MessageCorrection(tickets);
    }

    public ValueTask<IReadOnlyList<OutboundMessage>> HandleAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return HandleAsync([message], cancellationToken);
    }

    /// <summary>
    /// One turn for messages the same person sent in a burst (see <see cref="TurnQueue"/>): read together,
    /// answered once. Messages already handled (a network redelivery) are dropped.
    /// </summary>
    public ValueTask<IReadOnlyList<OutboundMessage>> HandleAsync(IReadOnlyList<InboundMessage> burst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(burst);
        ArgumentOutOfRangeException.ThrowIfZero(burst.Count);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Handle(burst));
    }

    /// <summary>
    /// Whether a message opens a request (nothing is being asked, and it is not a status question, a cancel,
    /// thanks or a call for a human): then the bot lets the person finish typing before answering.
    /// </summary>
    public bool WaitsForMore(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Text ?? "";
        return !Intents.IsStatusQuery(text) && !Intents.IsCancel(text) && !Intents.IsRestart(text)
            && !Intents.IsHumanRequest(text) && !Intents.IsThanks(text)
            && _conversations.StateOf(message.RequesterId) == ConversationState.Idle;
    }

    /// <summary>
    /// <see cref="HandleAsync(IReadOnlyList{InboundMessage}, CancellationToken)"/> on the calling thread, for a caller
    /// that runs the turn in one store transaction (the store binds it to the thread).
    /// </summary>
    internal IReadOnlyList<OutboundMessage> Handle(IReadOnlyList<InboundMessage> burst)
    {
        var id = burst[0].RequesterId;
        // A first conversation starts in the language of the person's profile on the network (Slack's locale) when it
        // gives one; what they write still decides from there on (LanguageDetector below).
        var record = _conversations.Find(id)
            ?? (burst[^1].Language is "fr" or "en" ? new ConversationRecord { Id = id, Language = burst[^1].Language! } : new ConversationRecord { Id = id });
        var fresh = MessageCorrection.FoldInto([.. burst
            .Where(m => m.MessageId is not { Length: > 0 } messageId || !record.RecentMessageIds.Contains(messageId))
            .DistinctBy(m => m.MessageId is { Length: > 0 } messageId ? messageId : (object)m)]);
        if (fresh.Count == 0)
        {
            return AnswerAgain(record, burst);
        }

        var message = fresh.Count == 1 ? fresh[0] : fresh[^1] with { Text = string.Join("\n", fresh.Select(m => (m.Text ?? "").Trim())) };
        var text = (message.Text ?? "").Trim();
        var language = LanguageDetector.Detect(text) ?? record.Language;
        var turn = new DialogueTurn(message, new Conversation(record with { Language = language }), _profiles.Find(id),
            Phrasebooks.For(language), _clock.GetUtcNow(), _options.Zone());
        if (text.Length > _options.MaxMessageLength)
        {
            text = text[.._options.MaxMessageLength];
            turn.Reply.Say(turn.Phrases.TruncatedMessage(_options.MaxMessageLength));
        }

        if (!_corrections.TryApply(turn, record, text, _interview))
        {
            Respond(turn, text);
        }

        turn.RecordReplies();
        var remembered = fresh.Aggregate(record.RecentMessageIds, (recent, m) => Remember(recent, m.MessageId));
        _conversations.Save(turn.Conversation.Record with
        {
            RecentMessageIds = remembered,
            UpdatedAt = turn.Now,
            LastAnswer = [.. turn.Reply.Messages.Where(m => m.To == message.From).Select(m => new SavedReply { Text = m.Text, Choices = m.Choices })],
            LastAnswerTo = [.. fresh.Select(m => m.MessageId).OfType<string>().Where(i => i.Length > 0)],
        });
        RememberLanguage(turn);
        return turn.Reply.Messages;
    }

    /// <summary>
    /// Every message of the burst was handled already. A network redelivery gets nothing; a message replayed
    /// from the inbox whose turn was the last one gets that turn's answer again, once: the bot had saved the
    /// turn and stopped before the answer was out (or just after; a repeat is better than silence).
    /// </summary>
    private IReadOnlyList<OutboundMessage> AnswerAgain(ConversationRecord record, IReadOnlyList<InboundMessage> burst)
    {
        if (record.LastAnswer.Count == 0
            || !burst.Any(m => m.Replayed && m.MessageId is { } id && record.LastAnswerTo.Contains(id)))
        {
            return [];
        }

        _conversations.Save(record with { LastAnswer = [], LastAnswerTo = [] });
        var to = burst[0].From;
        return [.. record.LastAnswer.Select(r => new OutboundMessage(to, r.Text) { Choices = r.Choices })];
    }

    private void Respond(DialogueTurn turn, string text)
    {
        var conversation = turn.Conversation;
        var idle = conversation.State == ConversationState.Idle;
        if (text.Length == 0)
        {
            turn.Reply.Say(turn.Phrases.EmptyMessage);
            return;
        }

        if (Intents.IsStatusQuery(text))
        {
            AnswerStatus(turn, text);
            _interview.AskAgain(turn);
            return;
        }

        turn.Record(text);
        if (Intents.IsCancel(text) || Intents.IsRestart(text))
        {
            Abandon(turn, Intents.IsRestart(text) ? turn.Phrases.Greeting : turn.Phrases.Cancelled);
        }
        else if (Intents.IsHumanRequest(text))
        {
            HandOver(turn, text);
        }
        else if ((idle && (Intents.IsThanks(text) || IsShortNo(turn, text)))
            || (!idle && conversation.State != ConversationState.OfferingKnownErrors && Intents.IsSolvedItself(text)))
        {
            Abandon(turn, turn.Phrases.Goodbye);
        }
        else if (idle && (Intents.IsGreeting(text) || IsShortYes(turn, text)))
        {
            turn.Reply.Say(turn.Phrases.Greeting);
        }
        else if (idle)
        {
            Begin(turn, text);
        }
        else
        {
            ShowEmpathyOnce(turn, text);
            _interview.Continue(turn, text);
        }
    }

    private void Begin(DialogueTurn turn, string text)
    {
        var folded = TextFolding.Fold(text);
        var draft = DraftFacts.Merge(new RequestDraft { DraftId = Guid.NewGuid().ToString("N"), Description = text }, turn.Extract(text), overwrite: false);
        draft = draft with { Type = turn.Extract(text).Type, Transcript = [new(turn.Now, turn.RequesterId, JournalKind.RequesterMessage, text)] };
        if (_refusals.Match(folded) is { } rule)
        {
            var outcome = rule.Kind == RefusalKind.Confidential ? RequestOutcome.Confidential : RequestOutcome.Refused;
            var refused = _recorder.Record(turn, draft with { Type = RequestType.NotIt }, outcome);
            var said = rule.Kind == RefusalKind.Confidential ? turn.Phrases.Confidential(rule, refused, _options.ConfidentialGroup) : turn.Phrases.Refused(rule);
            _recorder.Told(refused, turn, said);
            turn.Reply.Say(said);
            return;
        }

        var open = _tickets.OpenTicketsOf(turn.RequesterId).Where(t => t.Outcome == RequestOutcome.Ticket).TakeLast(3).ToList();
        if (open.Count > 0)
        {
            // Seed 001, an angry person: empathy and the offer of a human come before any question, even "is it about it?".
            var upset = Mood.IsUpset(text);
            if (upset)
            {
                turn.Reply.Say(turn.Phrases.Empathy);
            }

            turn.Conversation.DescribeWithOpenTickets(draft with { CandidateTickets = [.. open.Select(t => t.Number)], EmpathyShown = upset });
            turn.Reply.Say(turn.Phrases.IsItAbout(open), turn.Phrases.TicketChoices(open));
            return;
        }

        turn.Conversation.Describe(draft);
        if (draft.Type == RequestType.Complaint)
        {
            turn.Reply.Say(turn.Phrases.Empathy);
            HandOver(turn, text);
            return;
        }

        _interview.RememberEnvironment(turn, text);
        SaySurge(turn);
        if (!ShowEmpathyOnce(turn, text))
        {
            turn.Reply.Say(turn.Phrases.Acknowledge(draft.Type));
        }

        _interview.AskNext(turn);
    }

    // After "Y a-t-il autre chose ?", a bare "non" ends the exchange and a bare "oui" invites the next request.
    private static bool IsShortNo(DialogueTurn turn, string text) =>
        text.Length < 20 && Recognition.Choices.YesNoRecognizer.Recognize(text, turn.Culture) == false;

    private static bool IsShortYes(DialogueTurn turn, string text) =>
        text.Length < 20 && Recognition.Choices.YesNoRecognizer.Recognize(text, turn.Culture) == true;

    private void SaySurge(DialogueTurn turn)
    {
        var (waiting, typical) = _recorder.Waiting(turn.Now);
        if (waiting >= _options.SurgeThreshold)
        {
            turn.Reply.Say(turn.Phrases.Surge(waiting, typical));
        }
    }

    private static bool ShowEmpathyOnce(DialogueTurn turn, string text)
    {
        if (turn.Conversation.Draft.EmpathyShown || !Mood.IsUpset(text))
        {
            return false;
        }

        turn.Conversation.Update(d => d with { EmpathyShown = true });
        turn.Reply.Say(turn.Phrases.Empathy);
        return true;
    }

    private void HandOver(DialogueTurn turn, string text)
    {
        if (turn.Conversation.State == ConversationState.Idle)
        {
            var draft = DraftFacts.Merge(new RequestDraft { Description = text, Transcript = [new(turn.Now, turn.RequesterId, JournalKind.RequesterMessage, text)] }, turn.Extract(text), overwrite: false);
            turn.Conversation.Describe(draft);
        }

        _interview.HandOver(turn);
    }

    private void Abandon(DialogueTurn turn, string reply)
    {
        if (turn.Conversation.CanCancel)
        {
            var draft = turn.Conversation.Cancel();
            if (draft.Description.Length > 0)
            {
                _recorder.Record(turn, draft, RequestOutcome.Abandoned);
            }
        }
        else if (reply == turn.Phrases.Cancelled)
        {
            reply = turn.Phrases.NothingToCancel;
        }

        turn.Reply.Say(reply);
    }

    private void AnswerStatus(DialogueTurn turn, string text)
    {
        var asked = TicketReferenceRecognizer.Find(text);
        if (asked.Count == 0)
        {
            var open = _tickets.OpenTicketsOf(turn.RequesterId);
            turn.Reply.Say(open.Count == 0 ? turn.Phrases.NoOpenTicket : turn.Phrases.OpenTickets(open));
            return;
        }

        foreach (var number in asked.Select(n => new TicketNumber(n)))
        {
            // Someone else's ticket and a ticket that does not exist get the same answer: nothing leaks.
            var ticket = _tickets.Find(number);
            if (ticket is not null && ticket.RequesterId == turn.RequesterId)
            {
                turn.Reply.Say(turn.Phrases.OpenTickets([ticket]));
                continue;
            }

            _audit?.OtherTicketAsked(turn.Message.From, number.Value, exists: ticket is not null);
            turn.Reply.Say(turn.Phrases.NotAmongYourTickets(number));
        }
    }

    private void RememberLanguage(DialogueTurn turn)
    {
        if (turn.Profile?.Language != turn.Phrases.Language)
        {
            _profiles.Save((turn.Profile ?? new RequesterProfile { Id = turn.RequesterId, DisplayName = turn.Message.DisplayName }) with
            {
                Language = turn.Phrases.Language,
                UpdatedAt = turn.Now,
            });
        }
    }

    private IReadOnlyList<string> Remember(IReadOnlyList<string> recent, string? messageId) =>
        messageId is not { Length: > 0 } ? recent : [.. recent.TakeLast(_options.RememberedMessageIds - 1), messageId];
}
