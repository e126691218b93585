using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// The request under way: ask what is missing one question at a time, reformulate and have it confirmed,
/// propose known errors, then record the request (product brief, steps 4 to 7).
/// </summary>
internal sealed class Interview(RequestRecorder recorder, ITicketStore tickets, IProfileStore profiles, IKnownErrorSearch knownErrors, DialogueOptions options)
{
    public void Continue(DialogueTurn turn, string text)
    {
        switch (turn.Conversation.State)
        {
            case ConversationState.ChoosingTicket:
                ChooseTicket(turn, text);
                break;
            case ConversationState.Gathering:
                Gather(turn, text);
                break;
            case ConversationState.Confirming:
                Confirm(turn, text);
                break;
            case ConversationState.OfferingKnownErrors:
                AnswerKnownErrors(turn, text);
                break;
        }
    }

    /// <summary>Asks the next missing fact, or reformulates when nothing is missing.</summary>
    public void AskNext(DialogueTurn turn)
    {
        var conversation = turn.Conversation;
        var draft = conversation.Draft;
        if (draft.Type == RequestType.UsageQuestion && draft.OfferedArticles.Count == 0 && Offer(turn))
        {
            return;
        }

        var next = QuestionPlan.Next(draft);
        if (next == Question.None)
        {
            conversation.Reformulate();
            turn.Reply.Say(turn.Phrases.Reformulate(conversation.Draft, turn.Zone, turn.Now), turn.Phrases.YesNo);
            return;
        }

        conversation.Ask(next);
        turn.Reply.Say(turn.Phrases.Ask(next, conversation.Draft, turn.Profile), turn.Phrases.ChoicesFor(next, turn.Profile));
    }

    /// <summary>Asks again what is pending (after a status answer or an unclear reply).</summary>
    public void AskAgain(DialogueTurn turn)
    {
        if (Prompt(turn) is { } prompt)
        {
            turn.Reply.Say(prompt.Text, prompt.Choices);
        }
    }

    private (string Text, IReadOnlyList<string> Choices)? Prompt(DialogueTurn turn)
    {
        var conversation = turn.Conversation;
        var phrases = turn.Phrases;
        switch (conversation.State)
        {
            case ConversationState.Gathering:
                return (phrases.Ask(conversation.Draft.Pending, conversation.Draft, turn.Profile), phrases.ChoicesFor(conversation.Draft.Pending, turn.Profile));
            case ConversationState.Confirming:
                return (phrases.Reformulate(conversation.Draft, turn.Zone, turn.Now), phrases.YesNo);
            case ConversationState.OfferingKnownErrors:
                return (phrases.KnownErrors(Suggestions(turn)), phrases.YesNo);
            case ConversationState.ChoosingTicket:
                var candidates = Candidates(turn);
                return (phrases.IsItAbout(candidates), phrases.TicketChoices(candidates));
            default:
                return null;
        }
    }

    /// <summary>An answer that does not fit the pending question: ask again, rephrase, or stop asking (<see cref="AnswerRecovery"/>).</summary>
    private void Recover(DialogueTurn turn)
    {
        var conversation = turn.Conversation;
        var pending = conversation.Draft.Pending;
        var state = conversation.State;
        switch (AnswerRecovery.Missed(turn))
        {
            case AnswerRecovery.Outcome.AskedAgain when AnswerRecovery.Rephrasing(turn) && Prompt(turn) is { } prompt:
                turn.Reply.Say(turn.Phrases.Rephrase(state, pending), prompt.Choices);
                break;
            case AnswerRecovery.Outcome.AskedAgain:
                AskAgain(turn);
                break;
            case AnswerRecovery.Outcome.MoveOn:
                turn.Reply.Say(turn.Phrases.MovingOn);
                conversation.Update(d => AnswerReader.Apply(d, pending, turn.Phrases.DontKnowWords, turn) ?? d);
                AskNext(turn);
                break;
            case AnswerRecovery.Outcome.AddToLatest when Candidates(turn).LastOrDefault() is { } latest:
                var said = conversation.Draft;
                conversation.AddToTicket();
                turn.Reply.Say(turn.Phrases.AddedAfterMisses(recorder.AddToTicket(latest, turn, said)));
                break;
            case AnswerRecovery.Outcome.NotSolved:
                OpenTicket(turn, conversation.NotSolved());
                break;
            default:
                HandOver(turn, turn.Phrases.HandingOverAfterMisses);
                break;
        }
    }

    /// <summary>The request goes to a technician now, with what was said so far (a call for a human, anger, or answers that do not fit).</summary>
    public void HandOver(DialogueTurn turn, string? lead = null)
    {
        var ticket = recorder.Record(turn, turn.Conversation.HandOver(), RequestOutcome.Ticket, humanRequested: true);
        var reply = lead is null ? turn.Phrases.HandedOver(ticket) : $"{lead} {turn.Phrases.HandedOver(ticket)}";
        recorder.Told(ticket, turn, reply);
        turn.Reply.Say(reply);
    }

    private void ChooseTicket(DialogueTurn turn, string text)
    {
        var candidates = Candidates(turn);
        var choices = turn.Phrases.TicketChoices(candidates);
        var picked = ChoiceRecognizer.Recognize(text, [.. choices.Select(c => new ChoiceOption(c, []))], turn.Culture);
        var yes = YesNoRecognizer.Recognize(text, turn.Culture);
        picked ??= yes switch { true when candidates.Count == 1 => 0, false => candidates.Count, _ => null };
        if (picked is not { } index)
        {
            Recover(turn);
        }
        else if (index < candidates.Count)
        {
            var said = turn.Conversation.Draft;
            turn.Conversation.AddToTicket();
            turn.Reply.Say(turn.Phrases.AddedToTicket(recorder.AddToTicket(candidates[index], turn, said)));
        }
        else
        {
            turn.Conversation.StartNewRequest();
            turn.Reply.Say(turn.Phrases.Acknowledge(turn.Conversation.Draft.Type));
            AskNext(turn);
        }
    }

    private void Gather(DialogueTurn turn, string text)
    {
        var conversation = turn.Conversation;
        var pending = conversation.Draft.Pending;
        if (pending == Question.Correction)
        {
            Correct(turn, text, alwaysReformulate: true);
            return;
        }

        if (AnswerReader.Apply(conversation.Draft, pending, text, turn) is not { } answered)
        {
            Recover(turn);
            return;
        }

        conversation.Update(_ => DraftFacts.Merge(answered, turn.Extract(text), overwrite: false));
        RememberEnvironment(turn, text);

        AskNext(turn);
    }

    private void Confirm(DialogueTurn turn, string text)
    {
        var yes = YesNoRecognizer.Recognize(text, turn.Culture);
        var draft = turn.Conversation.Draft;
        if (yes == true && DraftFacts.Same(draft, DraftFacts.Merge(draft, turn.Extract(text), overwrite: true)))
        {
            Proceed(turn);
            return;
        }

        if (yes is null && CorrectionText.WithoutLeadingNo(text).Length < 12 && DraftFacts.Same(draft, DraftFacts.Merge(draft, turn.Extract(text), overwrite: true)))
        {
            Recover(turn);
            return;
        }

        Correct(turn, text, alwaysReformulate: false);
    }

    /// <summary>"non, depuis hier": the facts heard replace the old ones, and the bot reformulates again.</summary>
    private void Correct(DialogueTurn turn, string text, bool alwaysReformulate)
    {
        var conversation = turn.Conversation;
        var remainder = CorrectionText.WithoutLeadingNo(text);
        var before = conversation.Draft;
        var after = DraftFacts.Merge(before, turn.Extract(remainder), overwrite: true);
        if (DraftFacts.Same(before, after))
        {
            if (!alwaysReformulate && remainder.Length < 3)
            {
                conversation.Correct();
                conversation.Ask(Question.Correction);
                turn.Reply.Say(turn.Phrases.WhatToCorrect);
                return;
            }

            after = after with { Description = $"{before.Description} — {remainder}" };
        }

        conversation.Update(_ => after);
        if (conversation.State == ConversationState.Gathering)
        {
            conversation.Reformulate();
        }

        turn.Reply.Say(turn.Phrases.Reformulate(conversation.Draft, turn.Zone, turn.Now), turn.Phrases.YesNo);
    }

    private void Proceed(DialogueTurn turn)
    {
        if (!Offer(turn))
        {
            OpenTicket(turn, turn.Conversation.Confirm());
        }
    }

    private bool Offer(DialogueTurn turn)
    {
        var suggestions = Suggestions(turn);
        if (suggestions.Count == 0)
        {
            return false;
        }

        turn.Conversation.OfferKnownErrors([.. suggestions.Select(s => s.Id)]);
        turn.Reply.Say(turn.Phrases.KnownErrors(suggestions), turn.Phrases.YesNo);
        return true;
    }

    private void AnswerKnownErrors(DialogueTurn turn, string text)
    {
        // "ça remarche", "it works now" after the steps: the article solved it.
        switch (Intents.IsSolvedItself(text) ? true : YesNoRecognizer.Recognize(text, turn.Culture))
        {
            case true:
                var solved = recorder.Record(turn, turn.Conversation.Solved(), RequestOutcome.SelfService);
                turn.Reply.Say(turn.Phrases.SolvedBySelfService(solved) + " " + turn.Phrases.AnythingElse);
                break;
            case false:
                OpenTicket(turn, turn.Conversation.NotSolved());
                break;
            default:
                Recover(turn);
                break;
        }
    }

    public void OpenTicket(DialogueTurn turn, RequestDraft draft)
    {
        var ticket = recorder.Record(turn, draft, RequestOutcome.Ticket);
        var text = turn.Phrases.TicketOpened(ticket, recorder.TargetFor(ticket.Priority ?? Priority.P4), null);
        recorder.Told(ticket, turn, text);
        turn.Reply.Say(text + " " + turn.Phrases.AnythingElse);
    }

    private IReadOnlyList<KnownErrorSuggestion> Suggestions(DialogueTurn turn)
    {
        var draft = turn.Conversation.Draft;
        return knownErrors.Suggest(draft.Description, turn.Phrases.Language, draft.Facts, options.KnownErrorsOffered);
    }

    private List<Ticket> Candidates(DialogueTurn turn) =>
        [.. turn.Conversation.Draft.CandidateTickets.Select(n => tickets.Find(new TicketNumber(n))).OfType<Ticket>()];

    /// <summary>
    /// A workstation or system named anywhere in the conversation is remembered for the person, to be
    /// confirmed next time rather than asked again (seed 002 §2.2).
    /// </summary>
    public void RememberEnvironment(DialogueTurn turn, string text)
    {
        var said = turn.Extract(text);
        if (said.Workstation is null && said.OperatingSystem is null)
        {
            return;
        }

        var profile = (turn.Profile ?? new RequesterProfile { Id = turn.RequesterId }) with
        {
            Workstation = said.Workstation ?? turn.Profile?.Workstation,
            OperatingSystem = said.OperatingSystem ?? turn.Profile?.OperatingSystem,
            UpdatedAt = turn.Now,
        };
        profiles.Save(profile);
        turn.Profile = profile;
    }
}
