using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.Rendering;
using ServiceDesk.Adapters.Slack.WebApi;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Slack;

/// <summary>
/// The desk on Slack (<see cref="IChatChannel"/>) over the protocol layer: requesters in direct messages, technicians
/// in <see cref="SlackOptions.TechnicianChannel"/> and through the slash command.
/// </summary>
/// <remarks>
/// <para>Inbound: a direct message (<c>channel_type</c> <c>im</c>) is the person's words; a click on a question's button is
/// that answer (its number as the text) and the question is updated to show the choice without its buttons; a click on a
/// ticket's Take button is <c>/take N</c>; a line in the technicians' channel comes from the room with its speaker and, in a
/// ticket's thread, that thread; <c>/desk take 42</c> is <c>/take 42</c> with a reply handle (its <c>response_url</c>), so
/// the answer is ephemeral. <c>users.info</c> gives the name, language (<c>fr-*</c> → French) and time zone.</para>
/// <para>Nothing lost: a delivery is acknowledged to Slack only once the desk asks for the next message, which it does once
/// it has kept this one in its inbox (the reception's keeper waits for that).</para>
/// <para>Outbound: one queue, sent in order by one loop; a message the Web API refuses for good is logged and its
/// confirmation fails (the person's message then stays in the inbox for the next start).</para>
/// </remarks>
public sealed partial class SlackChatChannel : IChatChannel, ISendGate, IAsyncDisposable
{
    public const string ChannelName = "slack";
    internal const string TakeActionId = "take_ticket";

    private readonly SlackOptions options;
    private readonly IThreadStore threads;
    private readonly TimeProvider clock;
    private readonly ILoggerFactory loggers;
    private readonly ILogger logger;
    private readonly HttpClient http;
    private readonly SlackApiClient api;
    private readonly SlackConnection connection;
    private readonly SlackTimings timings;
    private readonly Channel<Delivery> inbound = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<Sending> outbound = Channel.CreateUnbounded<Sending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, string> directChannels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SlackUser> people = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PostedQuestion> questions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Lock sendingGate = new();
    private readonly CancellationTokenSource receiving = new();
    private Task? running;
    private Task? sending;
    private int questionCounter;
    private int disposed;

    public SlackChatChannel(SlackOptions options, IThreadStore threads, TimeProvider clock, ILoggerFactory loggers)
        : this(options, threads, clock, loggers, null)
    {
    }

    internal SlackChatChannel(SlackOptions options, IThreadStore threads, TimeProvider clock, ILoggerFactory loggers, SlackTimings? timings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        (this.options, this.threads, this.clock, this.loggers) = (options, threads, clock, loggers);
        this.timings = timings ?? SlackTimings.Default;
        logger = loggers.CreateLogger<SlackChatChannel>();
        http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        connection = new SlackConnection(options, http, KeepAsync, this.timings, clock, loggers);
        api = connection.Api;
    }

    public string Name => ChannelName;

    /// <summary>The technicians' channel as the desk addresses it (a room).</summary>
    public static ChannelAddress Room(string channelId) => new(ChannelName, channelId) { IsRoom = true };

    /// <summary>A person on Slack as the desk addresses them: their user id, kept as written.</summary>
    public static ChannelAddress Person(string userId) => new(ChannelName, userId);

    public async IAsyncEnumerable<InboundMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Start();
        Delivery? current = null;
        try
        {
            while (await inbound.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (inbound.Reader.TryRead(out current))
                {
                    yield return current.Message;

                    // The desk asks for the next one: it kept this one, so Slack may now be told (IChatChannel).
                    current.Kept.TrySetResult();
                    current = null;
                }
            }
        }
        finally
        {
            // Stopped before the desk kept it: not acknowledged, so Slack delivers it again.
            current?.Kept.TrySetCanceled(CancellationToken.None);

            // Nobody reads any more: the connection closes (the socket, or the events endpoint's port), so Slack delivers
            // to another connection instead of one that can no longer acknowledge. Sending goes on until disposal, for
            // the answers the desk still finishes.
            await receiving.CancelAsync().ConfigureAwait(false);
            if (running is { } connected)
            {
                await connected.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        _ = Enqueue(message);
        return ValueTask.CompletedTask;
    }

    public Task SendConfirmedAsync(OutboundMessage message, CancellationToken cancellationToken) => Enqueue(message);

    /// <summary>The gate is asked by the Web API client right before each message leaves (<see cref="SlackApiClient.GatePosts"/>).</summary>
    public void GateSends(Func<bool> maySend) => api.GatePosts(maySend);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await receiving.CancelAsync().ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        outbound.Writer.TryComplete();
        foreach (var task in new[] { running, sending }.OfType<Task>())
        {
            await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        http.Dispose();
        stop.Dispose();
        receiving.Dispose();
    }

    private void Start()
    {
        if (running is null)
        {
            // auth.test (retried while Slack is unreachable), then Socket Mode or the events endpoint (SlackConnection).
            StartSending();
            running = Task.Run(RunConnectionAsync, CancellationToken.None);
        }
    }

    /// <summary>
    /// The sending loop starts with the first message to send, or with reading: a channel that only sends (the lease
    /// holder's, on a shared store, whose messages come from the shared inbox) opens no connection of its own.
    /// </summary>
    private void StartSending()
    {
        lock (sendingGate)
        {
            sending ??= Task.Run(() => SendLoopAsync(stop.Token), CancellationToken.None);
        }
    }

#pragma warning disable CA1031 // The connection's top: what reconnecting cannot fix is logged, and the channel ends.
    private async Task RunConnectionAsync()
    {
        try
        {
            await connection.RunAsync(receiving.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (!receiving.IsCancellationRequested)
        {
            LogStopped(error);
            inbound.Writer.TryComplete();
        }
    }
#pragma warning restore CA1031

    /// <summary>The reception's keeper: the delivery becomes the desk's message, and returns once the desk kept it.</summary>
    private async ValueTask<SlackAckReply?> KeepAsync(SlackInbound item, CancellationToken cancellationToken)
    {
        if (await ToMessageAsync(item, cancellationToken).ConfigureAwait(false) is not { } message)
        {
            return null;
        }

        var delivery = new Delivery(message, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await inbound.Writer.WriteAsync(delivery, cancellationToken).ConfigureAwait(false);
        await delivery.Kept.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<InboundMessage?> ToMessageAsync(SlackInbound item, CancellationToken cancellationToken) =>
        await ToMessageWithoutKeyAsync(item, cancellationToken).ConfigureAwait(false) is { } message
            ? message with { DeliveryKey = item.DeliveryKey }
            : null;

    private async Task<InboundMessage?> ToMessageWithoutKeyAsync(SlackInbound item, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var person = await PersonAsync(item.User, cancellationToken).ConfigureAwait(false);
        switch (item)
        {
            case SlackMessage { Kind: SlackConversationKind.DirectMessage } dm:
                directChannels[dm.Author] = dm.Channel;
                return Profiled(new InboundMessage(Person(dm.Author), dm.Text, now) { MessageId = dm.MessageId }, person);

            case SlackMessage room when room.Channel == options.TechnicianChannel:
                return new InboundMessage(Room(room.Channel), room.Text, now)
                {
                    MessageId = room.MessageId,
                    Speaker = Person(room.Author),
                    DisplayName = person?.Name,
                    Thread = room.ThreadTs is { } parent ? threads.ThreadOf(ChannelName, Native(room.Channel, parent)) : null,
                };

            case SlackBlockAction { ActionId: TakeActionId } take:
                return new InboundMessage(Room(take.Channel), "/take " + take.Value, now)
                {
                    MessageId = "action:" + take.ActionTs,
                    Speaker = Person(take.Clicker),
                    DisplayName = person?.Name,
                    Thread = threads.ThreadOf(ChannelName, Native(take.Channel, take.MessageTs)),
                };

            case SlackBlockAction click when BlockKit.ChoiceNumber(click.ActionId, click.Value) is { } number:
                directChannels[click.Clicker] = click.Channel;
                var question = new MessageReference(Native(click.Channel, click.MessageTs));
                await ShowChoiceAsync(question, number, click, cancellationToken).ConfigureAwait(false);
                return Profiled(new InboundMessage(Person(click.Clicker), number.ToString(CultureInfo.InvariantCulture), now)
                {
                    MessageId = "action:" + click.ActionTs,
                    ChosenOption = number,
                    Question = question,
                }, person);

            case SlackSlashCommand command when string.Equals(command.Command, options.Command, StringComparison.OrdinalIgnoreCase):
                var text = command.Text.Trim();
                return new InboundMessage(Person(command.UserId), "/" + (text.Length == 0 ? "help" : text), now)
                {
                    DisplayName = person?.Name,
                    ReplyHandle = command.ResponseUrl is { } url ? new ReplyHandle(url.AbsoluteUri) : null,
                    Language = LanguageOf(person),
                };

            default:
                LogNotForTheDesk(item.GetType().Name, item.User);
                return null;
        }
    }

    private static InboundMessage Profiled(InboundMessage message, SlackUser? person) => message with
    {
        DisplayName = person?.Name,
        Language = LanguageOf(person),
        TimeZone = person?.TimeZone,
    };

    /// <summary>Slack's locale (<c>fr-FR</c>, <c>en-US</c>) → the desk's language: French for <c>fr-*</c>, English otherwise.</summary>
    internal static string? LanguageOf(SlackUser? person) => person?.Locale switch
    {
        null or "" => null,
        var locale when locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) => "fr",
        _ => "en",
    };

#pragma warning disable CA1031 // A profile is a nicety: without it the desk still answers.
    private async Task<SlackUser?> PersonAsync(string userId, CancellationToken cancellationToken)
    {
        if (people.TryGetValue(userId, out var known))
        {
            return known;
        }

        try
        {
            var person = await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
            people[userId] = person;
            return person;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNoProfile(error, userId);
            return null;
        }
    }

    /// <summary>
    /// The answered question shows the choice and loses its buttons: from what this process posted, or, for a question
    /// asked before a restart, from the copy of the message and the button's label Slack sent with the click.
    /// </summary>
    private async Task ShowChoiceAsync(MessageReference question, int number, SlackBlockAction click, CancellationToken cancellationToken)
    {
        var answered = questions.TryRemove(question.Value, out var asked)
            ? number <= asked.Choices.Count ? BlockKit.Answered(asked.Text, number, asked.Choices[number - 1], asked.Id) : null
            : click is { QuestionMrkdwn: { } text, Label: { Length: > 0 } label } ? BlockKit.AnsweredFromPost(text, label, click.ActionTs) : null;
        if (answered is null)
        {
            return;
        }

        try
        {
            var (channel, ts) = Split(question.Value);
            await api.UpdateMessageAsync(channel, ts, answered, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNotUpdated(error, question.Value);
        }
    }
#pragma warning restore CA1031

    private Task Enqueue(OutboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Volatile.Read(ref disposed) == 0)
        {
            StartSending();
        }

        if (!outbound.Writer.TryWrite(new Sending(message, sent)))
        {
            sent.TrySetException(new ObjectDisposedException(nameof(SlackChatChannel)));
        }

        return sent.Task;
    }

#pragma warning disable CA1031 // The sending loop's top: one refused message must not stop the others.
    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (message, sent) in outbound.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await SendNowAsync(message, cancellationToken).ConfigureAwait(false);
                    sent.TrySetResult();
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    sent.TrySetCanceled(cancellationToken);
                    throw;
                }
                catch (SendGateClosedException closed)
                {
                    LogHeldBack(message.To.ToString());
                    sent.TrySetException(closed);
                }
                catch (Exception error)
                {
                    LogNotSent(error, message.To.ToString());
                    sent.TrySetException(error);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is answered again from the inbox at the next start.
        }
    }
#pragma warning restore CA1031

    private async Task SendNowAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (message.ReplyTo is { } handle && Uri.TryCreate(handle.Value, UriKind.Absolute, out var responseUrl))
        {
            await api.RespondEphemeralAsync(responseUrl, Mrkdwn.Escape(WithNumbers(message)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (message.Replaces is { } replaced)
        {
            if (!string.IsNullOrWhiteSpace(message.Text))
            {
                var (channel, ts) = Split(replaced.Value);
                await api.UpdateMessageAsync(channel, ts, new SlackMessageContent(Mrkdwn.Escape(message.Text)), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var threadTs = message.Thread is { } thread && threads.NativeOf(ChannelName, thread) is { } native ? Split(native) : ((string, string)?)null;
        if (message.To.IsRoom)
        {
            await SendToRoomAsync(message, threadTs, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A technician told about a ticket whose thread lives in the technicians' channel: in that thread, to them.
        if (threadTs is { } inThread && message.Choices.Count == 0)
        {
            await api.PostMessageAsync(inThread.Item1, new SlackMessageContent($"<@{message.To.Value}> {Mrkdwn.Escape(message.Text)}"), inThread.Item2, cancellationToken).ConfigureAwait(false);
            return;
        }

        var dm = await DirectChannelAsync(message.To.Value, cancellationToken).ConfigureAwait(false);
        if (message.Choices.Count == 0)
        {
            await api.PostMessageAsync(dm, new SlackMessageContent(Mrkdwn.Escape(message.Text)), null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var id = Interlocked.Increment(ref questionCounter).ToString(CultureInfo.InvariantCulture) + "-" + clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var posted = await api.PostMessagesAsync(dm, BlockKit.Question(message.Text, message.Choices, id), null, cancellationToken).ConfigureAwait(false);
        questions[Native(posted[^1].Channel, posted[^1].Ts)] = new PostedQuestion(message.Text, message.Choices, id);
    }

    private async Task SendToRoomAsync(OutboundMessage message, (string Channel, string Ts)? thread, CancellationToken cancellationToken)
    {
        var channel = message.To.Value;
        if (message.OnlyFor is { } only)
        {
            await api.PostEphemeralAsync(channel, only.Value, Mrkdwn.Escape(WithNumbers(message)), thread?.Ts, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (message.StartsThread && message.Thread is { } opened && thread is null)
        {
            var post = await api.PostMessageAsync(channel, TicketPost(message.Text, opened), null, cancellationToken).ConfigureAwait(false);
            threads.Bind(ChannelName, opened, Native(post.Channel, post.Ts));
            return;
        }

        await api.PostMessageAsync(channel, new SlackMessageContent(Mrkdwn.Escape(WithNumbers(message))), thread?.Ts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A new ticket in the technicians' channel: its summary and a Take button (the click is <c>/take N</c>).</summary>
    private static SlackMessageContent TicketPost(string summary, ThreadReference thread)
    {
        var text = Mrkdwn.Escape(summary);
        var number = thread.TicketNumber?.ToString(CultureInfo.InvariantCulture) ?? "";
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text.Length > 3_000 ? text[..2_999] + "…" : text },
            },
            new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "button",
                        ["action_id"] = TakeActionId,
                        ["value"] = number,
                        ["style"] = "primary",
                        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Take / Prendre", ["emoji"] = true },
                    },
                },
            },
        };
        return new SlackMessageContent(text, blocks);
    }

    private async Task<string> DirectChannelAsync(string userId, CancellationToken cancellationToken)
    {
        if (directChannels.TryGetValue(userId, out var known))
        {
            return known;
        }

        var opened = await api.OpenConversationAsync(userId, cancellationToken).ConfigureAwait(false);
        directChannels[userId] = opened;
        return opened;
    }

    private static string WithNumbers(OutboundMessage message) =>
        message.Choices.Count == 0 ? message.Text : message.Text + "\n" + string.Join('\n', message.Choices.Select((c, i) => $"{i + 1}. {c}"));

    /// <summary>A message or thread as the desk keeps it: <c>channel:ts</c>.</summary>
    private static string Native(string channel, string ts) => channel + ":" + ts;

    private static (string Channel, string Ts) Split(string native)
    {
        var colon = native.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (native, "") : (native[..colon], native[(colon + 1)..]);
    }

    private sealed record Delivery(InboundMessage Message, TaskCompletionSource Kept);

    private sealed record Sending(OutboundMessage Message, TaskCompletionSource Sent);

    private sealed record PostedQuestion(string Text, IReadOnlyList<string> Choices, string Id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack: the connection stopped and cannot be restored; the Slack channel ends")]
    private partial void LogStopped(Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack: a {Kind} from {User} is not for the desk")]
    private partial void LogNotForTheDesk(string kind, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: no profile for {User} (users.info failed); answering without their name and language")]
    private partial void LogNoProfile(Exception error, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: could not update the answered question {Question}")]
    private partial void LogNotUpdated(Exception error, string question);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: a message to {To} was not sent: this instance may no longer send (another one holds the lease); it stays for the new holder")]
    private partial void LogHeldBack(string to);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack: a message to {To} could not be sent")]
    private partial void LogNotSent(Exception error, string to);
}
