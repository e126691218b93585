namespace ServiceDesk.Adapters.Slack.Events;

/// <summary>What the events endpoint answers: a status, and a body with its content type (empty for none).</summary>
internal sealed record EventsResponse(int Status, string Body = "", string ContentType = "text/plain; charset=utf-8")
{
    public static EventsResponse Ok { get; } = new(200);

    public static EventsResponse Json(string body) => new(200, body, "application/json; charset=utf-8");
}
