namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>Where a message was written: a direct message with the bot, or a channel the bot is in.</summary>
internal enum SlackConversationKind
{
    DirectMessage,
    Channel,
}
