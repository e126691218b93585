namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>
/// Called with each new inbound before Slack is told it arrived: it returns once the item is kept (the desk
/// writes it to its inbox). Only then is the delivery acknowledged, so a crash before that leaves it with Slack,
/// which delivers it again. Throwing means "not kept": no acknowledgement, and a redelivery is accepted.
/// </summary>
internal delegate ValueTask<SlackAckReply?> SlackInboundKeeper(SlackInbound inbound, CancellationToken cancellationToken);
