using System.Globalization;
using System.Text.Json.Nodes;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>
/// Payloads in the shapes Slack documents (event_callback with a <c>message</c> event, <c>block_actions</c>, slash
/// command fields) and the Socket Mode envelopes that carry them. Ids are fresh unless given.
/// </summary>
public static class FakeSlackPayloads
{
    private static long clock = 1_764_900_000;

    public static string NewTs() => $"{Interlocked.Increment(ref clock).ToString(CultureInfo.InvariantCulture)}.000100";

    /// <summary>A <c>message</c> event wrapped in its <c>event_callback</c> (the HTTP body, or an events_api envelope's payload).</summary>
    public static JsonObject MessageEvent(
        string user, string channel, string text, string channelType = "im", string? threadTs = null, string? ts = null,
        string? eventId = null, string? clientMsgId = null, string? subtype = null, string? botId = null)
    {
        ts ??= NewTs();
        var ev = new JsonObject
        {
            ["type"] = "message",
            ["channel"] = channel,
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["event_ts"] = ts,
            ["channel_type"] = channelType,
        };
        if (clientMsgId is not "")
        {
            ev["client_msg_id"] = clientMsgId ?? Guid.NewGuid().ToString();
        }

        if (threadTs is not null)
        {
            ev["thread_ts"] = threadTs;
        }

        if (subtype is not null)
        {
            ev["subtype"] = subtype;
        }

        if (botId is not null)
        {
            ev["bot_id"] = botId;
        }

        return EventCallback(ev, eventId);
    }

    public static JsonObject EventCallback(JsonObject ev, string? eventId = null) => new()
    {
        ["token"] = "verification-token",
        ["team_id"] = "T111",
        ["api_app_id"] = "A111",
        ["event"] = ev,
        ["type"] = "event_callback",
        ["event_id"] = eventId ?? "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        ["event_time"] = 1_764_900_000,
        ["authorizations"] = new JsonArray(new JsonObject { ["enterprise_id"] = null, ["team_id"] = "T111", ["user_id"] = "UBOT", ["is_bot"] = true, ["is_enterprise_install"] = false }),
        ["is_ext_shared_channel"] = false,
    };

    /// <summary>A click on a message button (<c>block_actions</c>), shaped like Slack's documented payload.</summary>
    public static JsonObject BlockActions(string user, string channel, string messageTs, string actionId, string value, string? responseUrl = null, string? threadTs = null, string? actionTs = null)
    {
        var message = new JsonObject { ["bot_id"] = "BBOT", ["type"] = "message", ["text"] = "", ["user"] = "UBOT", ["ts"] = messageTs };
        if (threadTs is not null)
        {
            message["thread_ts"] = threadTs;
        }

        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant(), ["team_id"] = "T111" },
            ["api_app_id"] = "A111",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel, ["is_ephemeral"] = false },
            ["trigger_id"] = "4916855695380.xxx." + Guid.NewGuid().ToString("N")[..8],
            ["team"] = new JsonObject { ["id"] = "T111" },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["message"] = message,
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["response_url"] = responseUrl ?? "https://hooks.slack.com/actions/T111/1/xyz",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId,
                ["block_id"] = "q-1-choices-0",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value },
                ["value"] = value,
                ["type"] = "button",
                ["action_ts"] = actionTs ?? NewTs(),
            }),
        };
    }

    /// <summary>
    /// A click on the button <paramref name="actionId"/> of a message the bot posted, as Slack sends it: the payload carries
    /// a copy of the message (its text and blocks) and the button's block id, label and value.
    /// </summary>
    public static JsonObject ClickOn(string user, FakeSlackMessage message, string actionId)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (block, button) = (message.Blocks ?? []).OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>().Select(e => (Block: b, Button: e)))
            .FirstOrDefault(p => (string?)p.Button["action_id"] == actionId);
        if (button is null)
        {
            throw new InvalidOperationException($"The message {message.Ts} has no button {actionId}.");
        }

        var payload = BlockActions(user, message.Channel, message.Ts, actionId, (string?)button["value"] ?? "", threadTs: message.ThreadTs);
        payload["message"]!["text"] = message.Text;
        payload["message"]!["blocks"] = message.Blocks!.DeepClone();
        var action = payload["actions"]![0]!;
        action["block_id"] = (string?)block!["block_id"] ?? "";
        action["text"] = button["text"]!.DeepClone();
        return payload;
    }

    /// <summary>A slash command's fields (a JSON object over Socket Mode; <see cref="Form"/> turns them into the HTTP body).</summary>
    public static JsonObject SlashCommand(string user, string channel, string command, string text, string? responseUrl = null) => new()
    {
        ["token"] = "bHKJ2n9AW6Ju3MjciOHfbA1b",
        ["team_id"] = "T111",
        ["team_domain"] = "example",
        ["channel_id"] = channel,
        ["channel_name"] = "support",
        ["user_id"] = user,
        ["user_name"] = user.ToLowerInvariant(),
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = "A111",
        ["response_url"] = responseUrl ?? "https://hooks.slack.com/commands/T111/1/xyz",
        ["trigger_id"] = "13345224609.738474920." + Guid.NewGuid().ToString("N")[..12],
    };

    public static string Form(JsonObject fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value?.GetValue<string>() ?? "")}"));

    /// <summary>The form body Slack posts for an interaction: one field <c>payload</c> holding the JSON.</summary>
    public static string InteractionForm(JsonObject payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    public static JsonObject EventsApiEnvelope(JsonObject callback, string? envelopeId = null, int retryAttempt = 0, string retryReason = "") => new()
    {
        ["envelope_id"] = envelopeId ?? Guid.NewGuid().ToString(),
        ["payload"] = callback.DeepClone(),
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = retryAttempt,
        ["retry_reason"] = retryReason,
    };

    public static JsonObject InteractiveEnvelope(JsonObject payload, string? envelopeId = null) => new()
    {
        ["envelope_id"] = envelopeId ?? Guid.NewGuid().ToString(),
        ["payload"] = payload.DeepClone(),
        ["type"] = "interactive",
        ["accepts_response_payload"] = true,
    };

    public static JsonObject SlashCommandsEnvelope(JsonObject fields, string? envelopeId = null) => new()
    {
        ["envelope_id"] = envelopeId ?? Guid.NewGuid().ToString(),
        ["payload"] = fields.DeepClone(),
        ["type"] = "slash_commands",
        ["accepts_response_payload"] = true,
    };

    /// <summary>The <c>hello</c> Slack sends first on every Socket Mode connection.</summary>
    public static JsonObject Hello(int connections) => new()
    {
        ["type"] = "hello",
        ["num_connections"] = connections,
        ["debug_info"] = new JsonObject { ["host"] = "applink-fake", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = "A111" },
    };

    public static JsonObject Disconnect(string reason) => new()
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "wss-fake" },
    };
}
