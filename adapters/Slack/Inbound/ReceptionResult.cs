namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>What became of one delivery; the transport acknowledges all but <see cref="BeingKept"/> and <see cref="NotKept"/>.</summary>
internal enum ReceptionResult
{
    Kept,
    Duplicate,
    Ignored,
    BeingKept,
    NotKept,
}
