namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>A message Slack accepted: its conversation id (a <c>D…</c> id even when posted to a user id) and its <c>ts</c>, which <c>chat.update</c> needs.</summary>
internal sealed record PostedMessage(string Channel, string Ts);
