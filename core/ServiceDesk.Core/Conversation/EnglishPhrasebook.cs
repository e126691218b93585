using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>What the bot says in English. Questions and the reformulation are in the other part.</summary>
public sealed partial class EnglishPhrasebook : IPhrasebook
{
    public string Language => "en";

    public IReadOnlyList<string> YesNo { get; } = ["Yes", "No"];

    public string WhatToCorrect => "Sorry about that! What should I correct?";

    public string NotUnderstood => "I didn't quite catch your answer. Could you reply with the number or a few words?";

    public string Greeting => "Hello! I'm the IT service desk assistant. Tell me about your problem or your request, in your own words.";

    public string Acknowledge(RequestType type) => type switch
    {
        RequestType.ServiceRequest => "Thank you for your request, I'm on it.",
        RequestType.UsageQuestion => "Good question, let's look at it together.",
        RequestType.ChangeRequest => "Thank you for the suggestion, I appreciate you taking the time to write to us.",
        _ => "I'm sorry for the trouble, I'm on it.",
    };

    public string TicketOpened(Ticket ticket, SlaTarget target, KnownErrorSuggestion? workaround)
    {
        var text = $"Noted: your request {ticket.TicketNumber} is recorded, priority {ticket.Priority}. ";
        text += ticket.Type == RequestType.Incident ? "I can't give you a precise time yet: the cause has to be found first. " : "";
        text += ticket.Type == RequestType.ServiceRequest
            ? "This may vary with the availability of equipment or licences and, for a purchase or software, your manager's approval; the technician will tell you if a written request is needed. "
            : "";
        text += $"Our commitment for this priority: resolution targeted within {Duration(target.Resolution)}, and within {Duration(target.Maximum)} at the latest. ";
        if (workaround is not null)
        {
            text += $"Meanwhile, a temporary workaround (not the definitive fix): {string.Join("; ", workaround.Steps)}. ";
        }

        return text + "A technician will pick up this conversation right here; you can ask me \"status\" at any time.";
    }

    public string AnythingElse => "Is there anything else I can do for you?";

    public string Goodbye => "You're welcome! Have a good day, and don't hesitate to come back to me.";

    public string OpenTickets(IReadOnlyList<Ticket> tickets) =>
        (tickets.Count == 1 ? "Your request:\n" : "Your open requests:\n") + string.Join('\n', tickets.Select(t =>
            $"{t.TicketNumber} — \"{Abbreviate(t.Description)}\" — {StatusName(t.Status)}" + (t.Priority is { } p ? $", priority {p}" : "")));

    public string NoOpenTicket => "You have no open request. What can I do for you?";

    public string NotAmongYourTickets(TicketNumber number) =>
        $"I can't find a request {number} among yours. Please check the number, or write \"status\" to see your open requests.";

    public string IsItAbout(IReadOnlyList<Ticket> tickets) => tickets.Count == 1
        ? $"You already have an open request: {tickets[0].TicketNumber} \"{Abbreviate(tickets[0].Description)}\". Is your message about it?"
        : "You already have open requests. Is your message about one of them?";

    public IReadOnlyList<string> TicketChoices(IReadOnlyList<Ticket> tickets) =>
        [.. tickets.Select(t => $"Yes, request {t.TicketNumber} ({Abbreviate(t.Description, 40)})"), "No, it's a new request"];

    public string AddedToTicket(Ticket ticket) =>
        $"Added to your request {ticket.TicketNumber}; the technician will be told. Thank you for the details.";

    public string KnownErrors(IReadOnlyList<KnownErrorSuggestion> suggestions) =>
        $"This is a known problem ({suggestions[0].Title}); here is what usually fixes it:\n" +
        string.Join('\n', suggestions[0].Steps.Select(step => "   – " + step)) +
        (suggestions.Count > 1 ? "\nIf that's not quite it, other leads: " + string.Join("; ", suggestions.Skip(1).Select(s => $"\"{s.Title}\"")) + "." : "") +
        "\nDid that solve your problem?";

    public string SolvedBySelfService(Ticket record) => $"Great, glad it's sorted! I'm recording it as resolved ({record.TicketNumber}).";

    public string Empathy =>
        "I understand your frustration, and I'm truly sorry about this problem. " +
        "If you'd rather talk to a technician right away, just write \"technician\".";

    public string HandedOver(Ticket ticket) =>
        $"Of course. I've passed your request {ticket.TicketNumber} to the technical team: a technician will pick up this conversation right here. " +
        "I can't tell you exactly when, but your request won't be forgotten.";

    public string Refused(RefusalRule rule) => rule.Kind == RefusalKind.Confidential
        ? $"Thank you for telling me. {Capitalize(rule.ReasonEn)}: {rule.AlternativeEn}."
        : $"Thank you for your request, I appreciate you taking the time to write. Unfortunately I can't take it further: {rule.ReasonEn}. " +
          $"Instead, may I suggest {rule.AlternativeEn}? Would that work for you?";

    public string Surge(int waiting, TimeSpan? typicalWait) =>
        $"I've received your message. We have many requests right now ({waiting} waiting)" +
        (typicalWait is { } w ? $": a new request currently waits about {Duration(w)} before a technician picks it up." : ".");

    public string Cancelled => "Cancelled. Feel free to come back to me anytime.";

    public string NothingToCancel => "There is nothing under way to cancel. What can I do for you?";

    public string EmptyMessage => "Your message reached me empty. Could you write it again?";

    public string TruncatedMessage(int keptCharacters) => $"Your message was very long: I kept its first {keptCharacters} characters.";

    public string StatusName(TicketStatus status) => status switch
    {
        TicketStatus.New => "new, waiting to be picked up",
        TicketStatus.Assigned => "assigned to a technician",
        TicketStatus.InProgress => "in progress",
        TicketStatus.AwaitingUser => "waiting for your reply",
        TicketStatus.Resolved => "resolved, waiting for your confirmation",
        TicketStatus.Closed => "closed",
        _ => status.ToString(),
    };

    private static string Duration(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => "less than a minute",
        { TotalMinutes: < 60 } => $"{Math.Round(span.TotalMinutes)} minutes",
        { TotalHours: < 1.5 } => "1 hour",
        { TotalHours: <= 48 } => $"{Math.Round(span.TotalHours)} hours",
        _ => $"{Math.Round(span.TotalDays)} days",
    };

    private static string Abbreviate(string text, int length = 80) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
