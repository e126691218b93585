namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>Whether a delivery is new, already kept (acknowledge it and drop it), or still being kept (say nothing yet).</summary>
internal enum DeliveryVerdict
{
    New,
    AlreadyKept,
    BeingKept,
}
