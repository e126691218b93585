namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>A click on one of the bot's buttons (<c>block_actions</c>).</summary>
/// <param name="MessageTs">The ts of the message holding the button (for <c>chat.update</c>).</param>
/// <param name="Value">The button's value: the choice's number for a question's buttons.</param>
/// <param name="ActionTs">Unique per click: a second click on the same button has another one.</param>
/// <param name="ResponseUrl">Where to answer the click privately, when Slack gives one.</param>
internal sealed record SlackBlockAction(
    string Clicker,
    string Channel,
    string MessageTs,
    string? ThreadTs,
    string ActionId,
    string Value,
    string ActionTs,
    Uri? ResponseUrl,
    bool IsEphemeral) : SlackInbound
{
    /// <summary>The clicked button's label ("2. Mon équipe"), from the payload's action.</summary>
    public string? Label { get; init; }

    /// <summary>
    /// The clicked message's first section as Slack shows it (mrkdwn, already escaped), from the payload's copy of the
    /// message: enough to show the answered question after a restart, when this process no longer remembers posting it.
    /// </summary>
    public string? QuestionMrkdwn { get; init; }

    public override string User => Clicker;
}
