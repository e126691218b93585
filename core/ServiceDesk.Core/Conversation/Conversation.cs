using Stateless.Graph;
using ServiceDesk.Core.Tickets;
using Machine = Stateless.StateMachine<ServiceDesk.Core.Conversation.ConversationState, ServiceDesk.Core.Conversation.ConversationTrigger>;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// The requester's dialogue as a Stateless machine, rebuilt each turn around a stored <see cref="ConversationRecord"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: the caller runs one turn at a time per conversation. Actions only change the record
/// (no I/O); the caller stores it and acts on the outcome. An intention the state does not allow throws
/// <see cref="InvalidOperationException"/>, which is a bug in the caller, not a user error.
/// </remarks>
public sealed class Conversation
{
    private readonly Machine _machine;
    private readonly Machine.TriggerWithParameters<RequestDraft> _describe;
    private readonly Machine.TriggerWithParameters<RequestDraft> _describeWithOpenTickets;
    private readonly Machine.TriggerWithParameters<Question> _answer;
    private readonly Machine.TriggerWithParameters<IReadOnlyList<string>> _offer;

    public Conversation(ConversationRecord record)
    {
        Record = record;
        _machine = new Machine(() => Record.State, s => Record = Record with { State = s });
        _describe = _machine.SetTriggerParameters<RequestDraft>(ConversationTrigger.Describe);
        _describeWithOpenTickets = _machine.SetTriggerParameters<RequestDraft>(ConversationTrigger.DescribeWithOpenTickets);
        _answer = _machine.SetTriggerParameters<Question>(ConversationTrigger.Answer);
        _offer = _machine.SetTriggerParameters<IReadOnlyList<string>>(ConversationTrigger.OfferKnownErrors);
        ConversationMachine.Configure(_machine, this);
    }

    /// <summary>The record as it stands after the last call; store it after the turn.</summary>
    public ConversationRecord Record { get; private set; }

    public ConversationState State => Record.State;

    public RequestDraft Draft => Record.Draft;

    /// <summary>A new request was described (with the facts already extracted from it).</summary>
    public void Describe(RequestDraft draft) => _machine.Fire(_describe, draft);

    /// <summary>A new message arrived while the person has open tickets: ask whether it is about one of them.</summary>
    public void DescribeWithOpenTickets(RequestDraft draft) => _machine.Fire(_describeWithOpenTickets, draft);

    /// <summary>The message was about an existing ticket: it goes there, nothing new is opened.</summary>
    public void AddToTicket() => _machine.Fire(ConversationTrigger.AddToTicket);

    /// <summary>The message is a new request after all.</summary>
    public void StartNewRequest() => _machine.Fire(ConversationTrigger.StartNewRequest);

    /// <summary>Asks the next missing fact; it becomes the pending question.</summary>
    public void Ask(Question question) => _machine.Fire(_answer, question);

    /// <summary>Every fact is known: the bot reformulates and waits for confirmation.</summary>
    public void Reformulate() => _machine.Fire(ConversationTrigger.AllFactsKnown);

    /// <summary>"Non": the reformulation was wrong; the bot asks what to correct.</summary>
    public void Correct() => _machine.Fire(ConversationTrigger.Correct);

    /// <summary>"Oui": the reformulation is right and no known error applies; the ticket is opened.</summary>
    public RequestDraft Confirm() => Finish(ConversationTrigger.Confirm);

    /// <summary>The reformulation is right and known errors may solve it: propose them.</summary>
    public void OfferKnownErrors(IReadOnlyList<string> articleIds) => _machine.Fire(_offer, articleIds);

    /// <summary>A known error solved it: recorded as resolved at level 1 by self-service.</summary>
    public RequestDraft Solved() => Finish(ConversationTrigger.Solved);

    /// <summary>The known errors did not help: the ticket is opened.</summary>
    public RequestDraft NotSolved() => Finish(ConversationTrigger.NotSolved);

    /// <summary>The person gave up the request under way.</summary>
    public RequestDraft Cancel() => Finish(ConversationTrigger.Cancel);

    /// <summary>The person wants a human: whatever is known goes to a ticket for the technicians.</summary>
    public RequestDraft HandOver() => Finish(ConversationTrigger.HandOver);

    public bool CanCancel => _machine.CanFire(ConversationTrigger.Cancel);

    /// <summary>Changes the draft of the request under way (facts, answers); no transition.</summary>
    public void Update(Func<RequestDraft, RequestDraft> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Record = Record with { Draft = change(Record.Draft) };
    }

    /// <summary>Adds a line to the transcript of the request under way (nothing happens when idle).</summary>
    public void Note(JournalEntry entry)
    {
        if (State != ConversationState.Idle)
        {
            Update(d => d with { Transcript = [.. d.Transcript, entry] });
        }
    }

    /// <summary>The machine as a Mermaid state diagram (for the README; a test keeps them equal).</summary>
    public static string Diagram() => MermaidGraph.Format(new Conversation(new ConversationRecord())._machine.GetInfo());

    internal void Start(RequestDraft draft) => Record = Record with { Draft = draft };

    internal void SetPending(Question question) =>
        Update(d => d with { Pending = question, Asked = question == Question.None || d.WasAsked(question) ? d.Asked : [.. d.Asked, question] });

    internal void RememberOffered(IReadOnlyList<string> articleIds) => Update(d => d with { OfferedArticles = [.. articleIds] });

    internal void Reset() => Record = Record with { Draft = new RequestDraft() };

    internal Machine.TriggerWithParameters<RequestDraft> DescribeTrigger => _describe;

    internal Machine.TriggerWithParameters<RequestDraft> DescribeWithOpenTicketsTrigger => _describeWithOpenTickets;

    internal Machine.TriggerWithParameters<Question> AnswerTrigger => _answer;

    internal Machine.TriggerWithParameters<IReadOnlyList<string>> OfferTrigger => _offer;

    private RequestDraft Finish(ConversationTrigger trigger)
    {
        var finished = Draft;
        _machine.Fire(trigger);
        return finished;
    }
}
