using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Everything the bot says to a requester, in one language. Tone (seeds 000 and 001): courteous, calm,
/// personal, never blaming; short messages; no promise of a technician's time (seed 002 §2.4).
/// </summary>
public interface IPhrasebook
{
    string Language { get; }

    /// <summary>The question for a missing fact; <paramref name="profile"/> lets the environment be confirmed rather than asked.</summary>
    string Ask(Question question, RequestDraft draft, RequesterProfile? profile);

    /// <summary>Numbered choices offered with a question (empty for an open question).</summary>
    IReadOnlyList<string> ChoicesFor(Question question, RequesterProfile? profile);

    /// <summary>"Si je vous comprends bien : … C'est bien ça ?", in sentences a person would say ("depuis hier 14h").</summary>
    string Reformulate(RequestDraft draft, TimeZoneInfo zone, DateTimeOffset now);

    /// <summary>The pending prompt said another way, with an example, after a second answer that did not fit (<see cref="AnswerRecovery"/>).</summary>
    string Rephrase(ConversationState state, Question pending);

    /// <summary>A fact the request can do without is left unknown after answers that did not fit.</summary>
    string MovingOn { get; }

    /// <summary>"je ne sais pas": what the bot reads in the person's place when it moves on.</summary>
    string DontKnowWords { get; }

    /// <summary>Said before <see cref="HandedOver"/> when answers did not fit an essential question.</summary>
    string HandingOverAfterMisses { get; }

    /// <summary>An unclear answer to "is it about your request?" is added to the most recent one.</summary>
    string AddedAfterMisses(Ticket ticket);

    IReadOnlyList<string> YesNo { get; }

    string WhatToCorrect { get; }

    string NotUnderstood { get; }

    string Greeting { get; }

    string Acknowledge(RequestType type);

    string TicketOpened(Ticket ticket, SlaTarget target, KnownErrorSuggestion? workaround);

    string AnythingElse { get; }

    string Goodbye { get; }

    string OpenTickets(IReadOnlyList<Ticket> tickets);

    string NoOpenTicket { get; }

    string NotAmongYourTickets(TicketNumber number);

    string IsItAbout(IReadOnlyList<Ticket> tickets);

    IReadOnlyList<string> TicketChoices(IReadOnlyList<Ticket> tickets);

    string AddedToTicket(Ticket ticket);

    string KnownErrors(IReadOnlyList<KnownErrorSuggestion> suggestions);

    string SolvedBySelfService(Ticket record);

    string Empathy { get; }

    string HandedOver(Ticket ticket);

    string Refused(RefusalRule rule);

    /// <summary>A confidential matter (HR): recorded, and the person told who alone will read it (<paramref name="group"/>).</summary>
    string Confidential(RefusalRule rule, Ticket ticket, string group);

    string Surge(int waiting, TimeSpan? typicalWait);

    string Cancelled { get; }

    string NothingToCancel { get; }

    string EmptyMessage { get; }

    string TruncatedMessage(int keptCharacters);

    string StatusName(TicketStatus status);
}
