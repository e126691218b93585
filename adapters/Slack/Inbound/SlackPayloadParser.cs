using System.Text.Json;
using ServiceDesk.Adapters.Slack.WebApi;

namespace ServiceDesk.Adapters.Slack.Inbound;

/// <summary>
/// Turns Slack's payloads (the same whichever transport brought them) into <see cref="SlackInbound"/>, or says
/// why one is ignored: other bots' and the bot's own messages (<c>bot_id</c>, its user id from <c>auth.test</c>),
/// edits and deletions and every other subtype, events the desk does not read. Pure: no I/O, no clock.
/// </summary>
internal static class SlackPayloadParser
{
    /// <summary>Subtypes that are still a person writing something new; every other one is not a request.</summary>
    private static readonly HashSet<string> PersonSubtypes = new(StringComparer.Ordinal) { "file_share", "thread_broadcast" };

    /// <summary>An <c>event_callback</c> (the HTTP body, or a Socket Mode <c>events_api</c> envelope's payload).</summary>
    public static ParsedPayload ParseEventCallback(JsonElement callback, SlackIdentity? self)
    {
        List<string> keys = [];
        if (callback.String("event_id") is { } eventId)
        {
            keys.Add("event:" + eventId);
        }

        if (callback.String("type") != "event_callback" || callback.Object("event") is not { } ev)
        {
            return ParsedPayload.Ignore($"a {callback.String("type") ?? "typeless"} callback", keys);
        }

        return ev.String("type") == "message" ? ParseMessage(ev, self, keys) : ParsedPayload.Ignore($"a {ev.String("type") ?? "typeless"} event", keys);
    }

    /// <summary>An interaction payload (the <c>payload</c> form field over HTTP, the envelope's payload over Socket Mode).</summary>
    public static ParsedPayload ParseInteraction(JsonElement payload)
    {
        if (payload.String("type") != "block_actions")
        {
            return ParsedPayload.Ignore($"a {payload.String("type") ?? "typeless"} interaction");
        }

        var action = payload.Array("actions") is { } actions && actions.GetArrayLength() > 0 ? actions[0] : default;
        var user = payload.String("user", "id");
        var channel = payload.String("channel", "id") ?? payload.String("container", "channel_id");
        var messageTs = payload.String("container", "message_ts") ?? payload.String("message", "ts");
        var actionTs = action.String("action_ts");
        if (user is null || channel is null || messageTs is null || actionTs is null || action.String("action_id") is not { } actionId)
        {
            return ParsedPayload.Ignore("a block_actions payload without user, channel, message or action");
        }

        var click = new SlackBlockAction(
            user, channel, messageTs, payload.String("message", "thread_ts"), actionId, action.String("value") ?? "", actionTs,
            Url(payload.String("response_url")), payload.Object("container")?.Bool("is_ephemeral") ?? false)
        {
            Label = action.String("text", "text"),
            QuestionMrkdwn = FirstSection(payload.Object("message")),
        };
        return new ParsedPayload(click, [$"action:{user}:{actionTs}"], null);
    }

    /// <summary>A slash command's fields (form-encoded over HTTP, a JSON object over Socket Mode).</summary>
    public static ParsedPayload ParseSlashCommand(IReadOnlyDictionary<string, string> fields)
    {
        string? Field(string name) => fields.TryGetValue(name, out var value) ? value : null;
        if (Field("command") is not { } command || Field("user_id") is not { } user || Field("channel_id") is not { } channel)
        {
            return ParsedPayload.Ignore("a slash command without command, user_id or channel_id");
        }

        var trigger = Field("trigger_id");
        var slash = new SlackSlashCommand(command, Field("text") ?? "", user, channel, Url(Field("response_url")), trigger);
        return new ParsedPayload(slash, trigger is null ? [] : ["trigger:" + trigger], null);
    }

    public static IReadOnlyDictionary<string, string> Fields(JsonElement payload) =>
        payload.ValueKind != JsonValueKind.Object
            ? new Dictionary<string, string>()
            : payload.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private static ParsedPayload ParseMessage(JsonElement ev, SlackIdentity? self, List<string> keys)
    {
        var subtype = ev.String("subtype");
        if ((subtype is not null && !PersonSubtypes.Contains(subtype)) || ev.Bool("hidden"))
        {
            return ParsedPayload.Ignore($"a message with subtype {subtype ?? "hidden"}", keys);
        }

        var user = ev.String("user");
        if (ev.String("bot_id") is not null || user is null || (self is not null && user == self.UserId))
        {
            return ParsedPayload.Ignore(user is null ? "a message without an author" : "a bot's message (or the desk's own)", keys);
        }

        SlackConversationKind? kind = ev.String("channel_type") switch
        {
            "im" => SlackConversationKind.DirectMessage,
            "channel" or "group" => SlackConversationKind.Channel,
            _ => null,
        };
        if (kind is not { } where || ev.String("channel") is not { } channel || ev.String("ts") is not { } ts)
        {
            return ParsedPayload.Ignore($"a message in a {ev.String("channel_type") ?? "unknown"} conversation", keys);
        }

        var clientMsgId = ev.String("client_msg_id");
        keys.Add($"ts:{channel}:{ts}");
        if (clientMsgId is not null)
        {
            keys.Add("msg:" + clientMsgId);
        }

        var message = new SlackMessage(user, channel, where, ev.String("text") ?? "", ts, ev.String("thread_ts"), clientMsgId);
        return new ParsedPayload(message, keys, null);
    }

    /// <summary>The text of the first <c>section</c> block of a message's copy in a payload, when it has one.</summary>
    private static string? FirstSection(JsonElement? message) =>
        message?.Array("blocks") is { } blocks
            ? blocks.EnumerateArray().Where(b => b.String("type") == "section").Select(b => b.String("text", "text")).FirstOrDefault(t => t is { Length: > 0 })
            : null;

    private static Uri? Url(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null;
}
