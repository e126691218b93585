namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>
/// An answer sent with the acknowledgement itself: the ack's payload over Socket Mode, the HTTP response body in
/// events mode. Only slash commands and clicks show it (ephemerally, to the person who acted).
/// </summary>
internal sealed record SlackAckReply(string Text);
