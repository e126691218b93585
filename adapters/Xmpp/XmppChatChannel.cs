using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ServiceDesk.Adapters.Xmpp.Connection;
using ServiceDesk.Adapters.Xmpp.Rendering;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Xmpp;

/// <summary>
/// The XMPP side of the chat seam. The connection loop starts with the first
/// <see cref="ReadAllAsync"/> and runs (reconnecting as needed) until that enumeration's token is
/// cancelled or the channel is disposed; <see cref="SendAsync"/> only queues, so it can be called
/// before, during or between connections and nothing accepted is lost.
/// </summary>
internal sealed class XmppChatChannel : IChatChannel, IAsyncDisposable
{
    public const string ChannelName = "xmpp";

    private readonly Channel<InboundMessage> inbound =
        Channel.CreateBounded<InboundMessage>(new BoundedChannelOptions(1_000) { SingleReader = true, SingleWriter = true });

    private readonly CancellationTokenSource disposed = new();
    private readonly Outbox outbox;
    private readonly XmppConnection connection;
    private int reading;
    private Task running = Task.CompletedTask;

    public XmppChatChannel(
        XmppOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        XmppTimings timings,
        Action<SessionStart>? sessionStarted = null)
    {
        outbox = new Outbox(loggerFactory.CreateLogger<Outbox>());
        connection = new XmppConnection(options, timings, outbox, inbound.Writer, timeProvider, loggerFactory, sessionStarted);
    }

    public string Name => ChannelName;

    public async IAsyncEnumerable<InboundMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref reading, 1) == 1)
        {
            throw new InvalidOperationException("The XMPP channel has one reader at a time.");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, disposed.Token);
        running = connection.RunAsync(stop.Token);
        try
        {
            await foreach (var message in inbound.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                yield return message;

                // The reader asks for the next message: it has kept this one (IChatChannel's contract).
                connection.Acknowledge(message);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await running.ConfigureAwait(false);
            Volatile.Write(ref reading, 0);
        }
    }

    public ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        Enqueue(message, delivery: null, cancellationToken);
        return ValueTask.CompletedTask;
    }

    /// <summary>Queues like <see cref="SendAsync"/>; completes once the message is written to the server's connection.</summary>
    public Task SendConfirmedAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var delivery = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(message, delivery, cancellationToken);
        return delivery.Task;
    }

    private void Enqueue(OutboundMessage message, TaskCompletionSource? delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        outbox.Enqueue(OutboundRenderer.Render(message, Guid.NewGuid().ToString("N")) with { Delivery = delivery });
    }

    /// <summary>Stops the connection loop (closing the stream politely) if a reader left it running.</summary>
    public async ValueTask DisposeAsync()
    {
        await disposed.CancelAsync().ConfigureAwait(false);
        await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        disposed.Dispose();
    }
}
