using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ServiceDesk.Testing.FakeSlack;

/// <summary>
/// The fake's Web API methods, answering as Slack documents: HTTP 200 with <c>{"ok":true,…}</c> or
/// <c>{"ok":false,"error":…}</c>; bot token checked on every method, app token on <c>apps.connections.open</c>.
/// Blocks are checked against Slack's limits (50 blocks, 3,000-character sections, 75-character button labels).
/// </summary>
internal sealed class FakeSlackWebApi(FakeSlack slack)
{
    private readonly Lock gate = new();
    private readonly List<FakeSlackMessage> messages = [];
    private long ts = 1_764_900_000;

    public IReadOnlyList<FakeSlackMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    public JsonObject Answer(string method, string? token, JsonObject args)
    {
        var expected = method == "apps.connections.open" ? FakeSlack.AppToken : FakeSlack.BotToken;
        if (token is null)
        {
            return Error("not_authed");
        }

        if (token != expected)
        {
            return Error("invalid_auth");
        }

        return method switch
        {
            "auth.test" => Ok(new() { ["url"] = "https://fake.slack.com/", ["team"] = "Fake", ["user"] = "servicedesk", ["team_id"] = "T111", ["user_id"] = FakeSlack.BotUserId, ["bot_id"] = FakeSlack.BotId }),
            "apps.connections.open" => Ok(new() { ["url"] = slack.NewSocketUrl().ToString() }),
            "chat.postMessage" => PostMessage(args),
            "chat.postEphemeral" => Str(args, "channel") is null || Str(args, "user") is null ? Error("channel_not_found") : Ok(new() { ["message_ts"] = NextTs() }),
            "chat.update" => Update(args),
            "conversations.open" => Str(args, "users") is { Length: > 0 } users ? Ok(new() { ["channel"] = new JsonObject { ["id"] = "D" + users.Split(',')[0][1..] } }) : Error("users_list_not_supplied"),
            "users.info" => UserInfo(args),
            _ => Error("unknown_method"),
        };
    }

    private JsonObject PostMessage(JsonObject args)
    {
        if (Str(args, "channel") is not { Length: > 0 } channel)
        {
            return Error("channel_not_found");
        }

        if (Str(args, "text") is not { Length: > 0 } && args["blocks"] is null)
        {
            return Error("no_text");
        }

        if (!BlocksValid(args["blocks"]))
        {
            return Error("invalid_blocks");
        }

        channel = channel.StartsWith('U') ? "D" + channel[1..] : channel;
        var message = new FakeSlackMessage(channel, NextTs(), Str(args, "text") ?? "", args["blocks"]?.DeepClone().AsArray(), Str(args, "thread_ts"));
        lock (gate)
        {
            messages.Add(message);
        }

        return Ok(new() { ["channel"] = channel, ["ts"] = message.Ts, ["message"] = new JsonObject { ["text"] = message.Text, ["bot_id"] = FakeSlack.BotId, ["user"] = FakeSlack.BotUserId, ["type"] = "message", ["ts"] = message.Ts } });
    }

    private JsonObject Update(JsonObject args)
    {
        var (channel, at) = (Str(args, "channel"), Str(args, "ts"));
        if ((Str(args, "text")?.Length ?? 0) > 4_000)
        {
            return Error("msg_too_long");
        }

        if (!BlocksValid(args["blocks"]))
        {
            return Error("invalid_blocks");
        }

        lock (gate)
        {
            var index = messages.FindIndex(m => m.Channel == channel && m.Ts == at);
            if (index < 0)
            {
                return Error("message_not_found");
            }

            var old = messages[index];
            messages[index] = old with { Text = Str(args, "text") ?? old.Text, Blocks = args["blocks"] is JsonArray b ? (b.Count == 0 ? null : b.DeepClone().AsArray()) : old.Blocks };
            return Ok(new() { ["channel"] = channel, ["ts"] = at, ["text"] = messages[index].Text });
        }
    }

    private JsonObject UserInfo(JsonObject args)
    {
        if (Str(args, "user") is not { } id || slack.User(id) is not { } user)
        {
            return Error("user_not_found");
        }

        var json = new JsonObject
        {
            ["id"] = user.Id,
            ["team_id"] = "T111",
            ["name"] = user.DisplayName.ToLowerInvariant().Replace(' ', '.'),
            ["real_name"] = user.DisplayName,
            ["tz"] = user.TimeZone,
            ["tz_offset"] = 3600,
            ["is_bot"] = user.IsBot,
            ["profile"] = new JsonObject { ["display_name"] = "", ["real_name"] = user.DisplayName },
        };
        if (Str(args, "include_locale") == "true")
        {
            json["locale"] = user.Locale;
        }

        return Ok(new() { ["user"] = json });
    }

    private static bool BlocksValid(JsonNode? blocks)
    {
        if (blocks is null)
        {
            return true;
        }

        if (blocks is not JsonArray array || array.Count > 50)
        {
            return false;
        }

        foreach (var block in array.OfType<JsonObject>())
        {
            if ((string?)block["type"] == "section" && ((string?)block["text"]?["text"] ?? "").Length is 0 or > 3_000)
            {
                return false;
            }

            if ((string?)block["type"] == "actions" && block["elements"] is JsonArray elements &&
                (elements.Count > 25 || elements.Any(e => ((string?)e?["text"]?["text"] ?? "").Length > 75)))
            {
                return false;
            }
        }

        return true;
    }

    private string NextTs() => $"{Interlocked.Increment(ref ts).ToString(CultureInfo.InvariantCulture)}.000200";

    private static string? Str(JsonObject args, string name) =>
        args[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>()
        : args[name] is JsonValue other ? other.ToJsonString()
        : null;

    private static JsonObject Ok(JsonObject fields)
    {
        var answer = new JsonObject { ["ok"] = true };
        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            answer[key] = value;
        }

        return answer;
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };
}
