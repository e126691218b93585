using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceDesk.Adapters.Slack.Inbound;

namespace ServiceDesk.Adapters.Slack.WebApi;

/// <summary>
/// The Web API methods the desk uses, each one call on <see cref="SlackWebApi"/>. Posts go through the
/// <see cref="ChannelPacer"/> (one message per second per channel, in order), and a text past Slack's limit is
/// split into several messages.
/// </summary>
internal sealed class SlackApiClient(SlackWebApi api, SlackOptions options, ChannelPacer pacer)
{
    private Func<bool>? mayPost;

    /// <summary>
    /// The send gate (<see cref="Core.Channels.ISendGate"/>), asked right before each call that sends a message leaves, after
    /// the pacing wait: the one place it is asked, since it covers every message the sending loop takes. A process frozen
    /// while a message waited for its turn (up to a second per channel) and woken after another instance took over does
    /// not send it then; a closed gate throws <see cref="SendGateClosedException"/>.
    /// </summary>
    public void GatePosts(Func<bool> gate) => Volatile.Write(ref mayPost, gate);

    public async Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var answer = await api.CallFormAsync("auth.test", options.BotToken, [], cancellationToken).ConfigureAwait(false);
        return new SlackIdentity(answer.String("user_id") ?? "", answer.String("bot_id"), answer.String("team_id"));
    }

    /// <summary>Asks for a Socket Mode WebSocket URL with the app-level token (a new one for every connection).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var answer = await api.CallFormAsync("apps.connections.open", options.AppToken, [], cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate(answer.String("url"), UriKind.Absolute, out var url) && url.Scheme is "wss" or "ws"
            ? url
            : throw new SlackApiException("apps.connections.open", "invalid_url");
    }

    /// <summary>Posts one message (split into several when its text is too long) and returns the last one posted.</summary>
    public async Task<PostedMessage> PostMessageAsync(string channel, SlackMessageContent content, string? threadTs, CancellationToken cancellationToken)
    {
        IReadOnlyList<SlackMessageContent> parts = content.Blocks is null
            ? [.. TextSplitter.Split(content.Text, SlackMessageContent.MaxTextLength).Select(t => new SlackMessageContent(t))]
            : [content];
        var posted = await PostMessagesAsync(channel, parts, threadTs, cancellationToken).ConfigureAwait(false);
        return posted[^1];
    }

    /// <summary>Posts several messages to one channel back to back: nothing else sent to that channel comes between them.</summary>
    public Task<IReadOnlyList<PostedMessage>> PostMessagesAsync(string channel, IReadOnlyList<SlackMessageContent> parts, string? threadTs, CancellationToken cancellationToken) =>
        pacer.RunAsync<IReadOnlyList<PostedMessage>>(channel, async turn =>
        {
            List<PostedMessage> posted = [];
            foreach (var part in parts)
            {
                await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
                EnsureMayPost();
                var arguments = Message(part);
                arguments["channel"] = channel;
                if (threadTs is not null)
                {
                    arguments["thread_ts"] = threadTs;
                }

                var answer = await api.CallJsonAsync("chat.postMessage", options.BotToken, arguments, cancellationToken).ConfigureAwait(false);
                posted.Add(new PostedMessage(answer.String("channel") ?? channel, answer.String("ts") ?? ""));
            }

            return posted;
        }, cancellationToken);

    /// <summary>A message only <paramref name="user"/> sees (errors and hints to a technician); Slack returns no updatable ts for it.</summary>
    public async Task PostEphemeralAsync(string channel, string user, string text, string? threadTs, CancellationToken cancellationToken)
    {
        foreach (var part in TextSplitter.Split(text, SlackMessageContent.MaxTextLength))
        {
            var arguments = new JsonObject { ["channel"] = channel, ["user"] = user, ["text"] = part };
            if (threadTs is not null)
            {
                arguments["thread_ts"] = threadTs;
            }

            EnsureMayPost();
            await api.CallJsonAsync("chat.postEphemeral", options.BotToken, arguments, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Replaces a message the bot posted (text and blocks: an empty block list removes the buttons).</summary>
    public async Task<PostedMessage> UpdateMessageAsync(string channel, string ts, SlackMessageContent content, CancellationToken cancellationToken)
    {
        var arguments = Message(content with { Blocks = content.Blocks ?? [] });
        arguments["channel"] = channel;
        arguments["ts"] = ts;
        EnsureMayPost();
        var answer = await api.CallJsonAsync("chat.update", options.BotToken, arguments, cancellationToken).ConfigureAwait(false);
        return new PostedMessage(answer.String("channel") ?? channel, answer.String("ts") ?? ts);
    }

    /// <summary>The direct-message conversation with one person (opened if needed; Slack returns the same one again).</summary>
    public async Task<string> OpenConversationAsync(string userId, CancellationToken cancellationToken)
    {
        var answer = await api.CallJsonAsync("conversations.open", options.BotToken, new JsonObject { ["users"] = userId }, cancellationToken).ConfigureAwait(false);
        return answer.String("channel", "id") ?? throw new SlackApiException("conversations.open", "invalid_response");
    }

    public async Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var answer = await api.CallFormAsync("users.info", options.BotToken, [new("user", userId), new("include_locale", "true")], cancellationToken).ConfigureAwait(false);
        var user = answer.Object("user") ?? throw new SlackApiException("users.info", "invalid_response");
        return new SlackUser(user.String("id") ?? userId, DisplayName(user, userId), user.String("locale"), user.String("tz"), user.Bool("is_bot"));
    }

    /// <summary>Answers a slash command or a click privately through its <c>response_url</c>.</summary>
    public Task RespondEphemeralAsync(Uri responseUrl, string text, CancellationToken cancellationToken)
    {
        EnsureMayPost();
        return api.PostToResponseUrlAsync(responseUrl, new JsonObject { ["response_type"] = "ephemeral", ["text"] = text }, cancellationToken);
    }

    private void EnsureMayPost()
    {
        if (Volatile.Read(ref mayPost) is { } gate && !gate())
        {
            throw new SendGateClosedException();
        }
    }

    private static JsonObject Message(SlackMessageContent content)
    {
        var message = new JsonObject { ["text"] = content.Text };
        if (content.Blocks is not null)
        {
            message["blocks"] = content.Blocks.DeepClone();
        }

        return message;
    }

    private static string DisplayName(JsonElement user, string userId) =>
        new[] { user.String("profile", "display_name"), user.String("profile", "real_name"), user.String("real_name"), user.String("name") }
            .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? userId;
}
