using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Avatar;
using ServiceDesk.Adapters.Xmpp.Connection;
using ServiceDesk.Adapters.Xmpp.Discovery;
using ServiceDesk.Adapters.Xmpp.Rendering;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Adapters.Xmpp.Stanzas;
using ServiceDesk.Adapters.Xmpp.Warming;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Adapters.Xmpp;

/// <summary>
/// The XMPP side of the chat seam. The connection loop starts with the first
/// <see cref="ReadAllAsync"/> and runs (reconnecting as needed) until that enumeration's token is
/// cancelled or the channel is disposed; <see cref="SendAsync"/> only queues, so it can be called
/// before, during or between connections and nothing accepted is lost. It also shows the bot as a living
/// contact: delivery receipts once a message is kept, <c>composing</c> while the desk works on an answer
/// (<see cref="ChatStates"/>), a presence with status text, capabilities and avatar.
/// </summary>
internal sealed class XmppChatChannel : IChatChannel, IAsyncDisposable
{
    public const string ChannelName = "xmpp";

    /// <summary>
    /// From the read loop to the desk's reader. Synchronous continuations: a message read while the desk waits for one
    /// is taken in (kept in the inbox, its turn started) on the read loop's thread, which goes back to reading once the
    /// desk awaits the keep's flush; handing each message to another thread cost more than that at 200 people.
    /// </summary>
    private readonly Channel<InboundMessage> inbound =
        Channel.CreateBounded<InboundMessage>(new BoundedChannelOptions(1_000) { SingleReader = true, SingleWriter = true, AllowSynchronousContinuations = true });

    private readonly CancellationTokenSource disposed = new();
    private readonly Outbox outbox;
    private readonly XmppConnection connection;
    private readonly DeliveryReceipts receipts = new();
    private readonly ChatStates chatStates;
    private readonly bool styling;
    private readonly int warmUpRounds;
    private int reading;
    private Task running = Task.CompletedTask;

    public XmppChatChannel(
        XmppOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        XmppTimings timings,
        Action<SessionStart>? sessionStarted = null,
        PresenceBoard? presenceBoard = null)
    {
        outbox = new Outbox(loggerFactory.CreateLogger<Outbox>());
        styling = options.Styling;
        warmUpRounds = options.WarmUpRounds;
        chatStates = new ChatStates(timeProvider, timings.ComposingTimeout, bare => SendChatState(bare, "active"));
        var presence = new BotPresence(BotIdentity.Default, options.StatusText, AvatarFile.Load(options.Avatar, loggerFactory.CreateLogger<XmppChatChannel>()));
        connection = new XmppConnection(
            options, timings, outbox, inbound.Writer, timeProvider, loggerFactory, sessionStarted, new PersonSignals(presence, receipts, chatStates), presenceBoard);
    }

    public string Name => ChannelName;

    public async IAsyncEnumerable<InboundMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in ReadBatchesAsync(1, cancellationToken).ConfigureAwait(false))
        {
            yield return batch[0];
        }
    }

    /// <summary>
    /// What the connection has received, up to <paramref name="max"/> at a time: the desk keeps a batch in one write, so
    /// at a burst (a thousand people writing at once) it does not read one message per flush to disk.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<InboundMessage>> ReadBatchesAsync(int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (Interlocked.Exchange(ref reading, 1) == 1)
        {
            throw new InvalidOperationException("The XMPP channel has one reader at a time.");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, disposed.Token);
        running = connection.RunAsync(stop.Token);
        var warming = warmUpRounds > 0 ? WarmUpAsync(stop.Token) : Task.CompletedTask;
        try
        {
            while (await inbound.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                List<InboundMessage> batch = [];
                while (batch.Count < max && inbound.Reader.TryRead(out var message))
                {
                    batch.Add(message);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                yield return batch;

                // The reader asks for the next batch: it has kept this one (IChatChannel's contract).
                foreach (var message in batch)
                {
                    connection.Acknowledge(message);
                    receipts.Forget(message);
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await warming.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await running.ConfigureAwait(false);
            Volatile.Write(ref reading, 0);
        }
    }

    /// <summary>The adapter's warm-up (<see cref="XmppWarmUp"/>) beside the first connection; a failure there only costs speed.</summary>
    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await XmppWarmUp.RunAsync(warmUpRounds, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Warming up is an optimisation: nothing it throws may stop the channel.
        catch (Exception error) when (error is not OperationCanceledException)
#pragma warning restore CA1031
        {
            System.Diagnostics.Debug.WriteLine($"XMPP warm-up failed: {error.Message}");
        }
    }

    public ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        Enqueue(message, delivery: null, cancellationToken);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Queues like <see cref="SendAsync"/>; completes once the server acknowledges the message (XEP-0198), or once it is
    /// written when the server does not manage the stream.
    /// </summary>
    /// <remarks>
    /// The confirmation's continuations may run on the read loop's thread, which completes it when the server's ack is
    /// read: the desk's (clearing the inbox entry) is short and asks for that, rather than a thread woken for each answer.
    /// </remarks>
    public Task SendConfirmedAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var delivery = new TaskCompletionSource();
        Enqueue(message, delivery, cancellationToken);
        return delivery.Task;
    }

    /// <summary>XEP-0184: the receipt the message asked for, now that the desk has kept it.</summary>
    public ValueTask MarkKeptAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (receipts.TryTake(message, out var to, out var id))
        {
            outbox.Enqueue(new OutgoingStanza(StanzaBuilder.Serialize(ChatStateStanzas.Receipt(to, id, NewId())), IsMessage: true));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>XEP-0085 <c>composing</c>, to a person whose client uses chat states.</summary>
    public ValueTask ShowWorkingAsync(ChannelAddress person, CancellationToken cancellationToken)
    {
        if (IsPerson(person) && chatStates.StartComposing(person.Value))
        {
            SendChatState(person.Value, "composing");
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>XEP-0085 <c>active</c> when the turn ended without an answer that said it.</summary>
    public ValueTask ShowIdleAsync(ChannelAddress person, CancellationToken cancellationToken)
    {
        if (IsPerson(person) && chatStates.Stop(person.Value))
        {
            SendChatState(person.Value, "active");
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>What is queued until the scope ends goes out in one write, with the ack owed to the server (<see cref="Outbox.Hold"/>).</summary>
    public IDisposable HoldWrites() => outbox.Hold();

    private void Enqueue(OutboundMessage message, TaskCompletionSource? delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();

        // No threads, private room lines or edits here: a private line goes one to one, an empty update sends nothing.
        if (message.AsPlainMessage() is not { } plain)
        {
            delivery?.TrySetResult();
            return;
        }

        message = plain;
        var active = IsPerson(message.To) && chatStates.Supports(message.To.Value);
        if (active)
        {
            chatStates.Stop(message.To.Value);
        }

        outbox.Enqueue(OutboundRenderer.Render(message, NewId(), active, styling) with { Delivery = delivery });
    }

    private void SendChatState(string bare, string state) =>
        outbox.Enqueue(new OutgoingStanza(StanzaBuilder.Serialize(ChatStateStanzas.Notification(bare, state, NewId())), IsMessage: false));

    private static bool IsPerson(ChannelAddress address) => address.Channel == ChannelName && !address.IsRoom;

    private static string NewId() => Guid.NewGuid().ToString("N");

    /// <summary>Stops the connection loop (closing the stream politely) if a reader left it running.</summary>
    public async ValueTask DisposeAsync()
    {
        await disposed.CancelAsync().ConfigureAwait(false);
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        chatStates.Dispose();
        disposed.Dispose();
    }
}
