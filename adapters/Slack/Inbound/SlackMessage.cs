namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>A person's new message (<c>message</c> event without a subtype, or a file share or thread broadcast).</summary>
/// <param name="ThreadTs">The parent message's ts when written in a thread (a parent itself has <c>thread_ts == ts</c>).</param>
/// <param name="ClientMsgId">The client's id for the message; the same on every redelivery.</param>
internal sealed record SlackMessage(
    string Author,
    string Channel,
    SlackConversationKind Kind,
    string Text,
    string Ts,
    string? ThreadTs,
    string? ClientMsgId) : SlackInbound
{
    public override string User => Author;

    /// <summary>A stable id for the desk's own duplicate check: the client's id, or channel and ts (unique per channel).</summary>
    public string MessageId => ClientMsgId ?? $"{Channel}:{Ts}";

    /// <summary>True when the message answers in a thread rather than starting one.</summary>
    public bool IsThreadReply => ThreadTs is not null && ThreadTs != Ts;
}
