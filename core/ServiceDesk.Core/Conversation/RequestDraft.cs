using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>What the conversation has gathered about the request so far, before a ticket exists.</summary>
public sealed record RequestDraft
{
    public string Description { get; init; } = "";

    public RequestType Type { get; init; } = RequestType.Incident;

    public Impact? Impact { get; init; }

    public Urgency? Urgency { get; init; }

    public TicketFacts Facts { get; init; } = new();
}
