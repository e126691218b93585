using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Storage.Contract;

/// <summary>Values the contract stores and reads back.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static Ticket Draft(string requester) => new()
    {
        RequesterId = requester,
        ReplyChannel = "xmpp",
        ReplyAddress = requester[5..],
        Description = "Outlook refuse mon mot de passe",
        Type = RequestType.Incident,
        Status = TicketStatus.New,
        OpenedAt = Monday,
        UpdatedAt = Monday,
    };

    public static ConversationRecord Conversation(string id) => new()
    {
        Id = id,
        State = ConversationState.Gathering,
        Language = "en",
        RecentMessageIds = ["m1", "m2"],
    };

    public static Problem Problem(string title) => new()
    {
        Title = title,
        Tickets = [3, 1],
        Status = ProblemStatus.Open,
        OpenedBy = "xmpp:bruno@localhost",
        OpenedAt = Monday,
        UpdatedAt = Monday,
    };

    public static InboundMessage Message(string from, string text, int second = 0) =>
        new(new ChannelAddress("xmpp", from), text, Monday.AddSeconds(second));
}
