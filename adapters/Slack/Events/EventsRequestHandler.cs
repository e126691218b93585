using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.WebApi;

namespace ServiceDesk.Adapters.Slack.Events;

/// <summary>
/// One signed request from Slack, after its timestamp was found fresh: the signature checked on the raw body, then
/// <c>url_verification</c> answered, events (JSON), clicks (form field <c>payload</c>) and slash commands (form)
/// parsed and received. Retries are read from <c>X-Slack-Retry-Num</c>. Anything unreadable gets a 400 with a
/// plain explanation, and is logged.
/// </summary>
internal sealed partial class EventsRequestHandler(SlackRequestVerifier verifier, InboundReception reception, SlackIdentity? self, ILogger logger)
{
    /// <summary>Said to a person whose slash command could not be kept (Slack does not retry those): calm, bilingual, nothing technical.</summary>
    internal const string CommandNotKept =
        "Désolé, votre commande n'a pas pu être prise en compte pour le moment. Merci de réessayer dans un instant.\n" +
        "Sorry, your command could not be taken just now. Please try again in a moment.";

    internal const string Unreadable = "Sorry, this request could not be read: it is not a Slack payload in JSON or form encoding.";

    public async Task<EventsResponse> HandleAsync(EventsRequest request, CancellationToken cancellationToken)
    {
        if (!verifier.IsSigned(request.Timestamp, request.Signature, request.Body))
        {
            LogBadSignature(request.Remote);
            return new EventsResponse(401, "invalid request");
        }

        var retry = int.TryParse(request.RetryNum, out var n) && n > 0 ? n : 0;
        var isForm = request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        return isForm
            ? await HandleFormAsync(request, retry, cancellationToken).ConfigureAwait(false)
            : await HandleJsonAsync(request, retry, cancellationToken).ConfigureAwait(false);
    }

    private async Task<EventsResponse> HandleJsonAsync(EventsRequest request, int retry, CancellationToken cancellationToken)
    {
        if (Parse(request.Body, request.Remote) is not { } root)
        {
            return new EventsResponse(400, Unreadable);
        }

        switch (root.String("type"))
        {
            case "url_verification":
                return EventsResponse.Json(new JsonObject { ["challenge"] = root.String("challenge") ?? "" }.ToJsonString());
            case "app_rate_limited":
                LogAppRateLimited(root.Int("minute_rate_limited") ?? 0);
                return EventsResponse.Ok;
        }

        var parsed = SlackPayloadParser.ParseEventCallback(root, self);
        var outcome = await reception.ReceiveAsync(parsed, root.String("event_id") ?? NewId(), retry, request.RetryReason, cancellationToken).ConfigureAwait(false);
        return outcome.Acknowledge ? EventsResponse.Ok : new EventsResponse(503, "not kept yet; please retry");
    }

    private async Task<EventsResponse> HandleFormAsync(EventsRequest request, int retry, CancellationToken cancellationToken)
    {
        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        if (fields.ContainsKey("ssl_check"))
        {
            return EventsResponse.Ok;
        }

        if (fields.TryGetValue("payload", out var json))
        {
            if (Parse(Encoding.UTF8.GetBytes(json), request.Remote) is not { } payload)
            {
                return new EventsResponse(400, Unreadable);
            }

            var click = SlackPayloadParser.ParseInteraction(payload);
            var outcome = await reception.ReceiveAsync(click, click.Keys.FirstOrDefault() ?? NewId(), retry, request.RetryReason, cancellationToken).ConfigureAwait(false);
            return outcome.Acknowledge ? Reply(outcome.Reply) : new EventsResponse(503, "not kept yet; please retry");
        }

        if (fields.ContainsKey("command"))
        {
            var slash = SlackPayloadParser.ParseSlashCommand(fields);
            var outcome = await reception.ReceiveAsync(slash, slash.Keys.FirstOrDefault() ?? NewId(), retry, request.RetryReason, cancellationToken).ConfigureAwait(false);
            return outcome.Acknowledge ? Reply(outcome.Reply) : Reply(new SlackAckReply(CommandNotKept));
        }

        LogUnreadable(request.Remote, "a form without payload or command");
        return new EventsResponse(400, Unreadable);
    }

    private JsonElement? Parse(byte[] body, string remote)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : Fail("JSON that is not an object");
        }
        catch (JsonException exception)
        {
            return Fail(exception.Message);
        }

        JsonElement? Fail(string why)
        {
            LogUnreadable(remote, why);
            return null;
        }
    }

    private static EventsResponse Reply(SlackAckReply? reply) =>
        reply is null ? EventsResponse.Ok : EventsResponse.Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = reply.Text }.ToJsonString());

    private static string NewId() => Guid.NewGuid().ToString("N");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack events: refused a request from {Remote} with a missing or wrong signature (401)")]
    private partial void LogBadSignature(string remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack events: could not read a request from {Remote} ({Why}); answered 400")]
    private partial void LogUnreadable(string remote, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack events: Slack stopped sending events for minute {Minute} (app_rate_limited: more than 30,000 events an hour)")]
    private partial void LogAppRateLimited(int minute);
}
