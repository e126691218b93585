namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>The result of receiving one delivery, and the answer to send with its acknowledgement, if any.</summary>
internal sealed record ReceptionOutcome(ReceptionResult Result, SlackAckReply? Reply = null)
{
    /// <summary>Tell Slack it arrived: it was kept now, earlier, or is not for the desk.</summary>
    public bool Acknowledge => Result is ReceptionResult.Kept or ReceptionResult.Duplicate or ReceptionResult.Ignored;
}
