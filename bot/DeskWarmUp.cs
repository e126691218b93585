using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>
/// Holds a few whole conversations, French and English, with a private copy of the desk on a throw-away LiteDB file, at
/// start: the same code as the real desk (a channel worker with its inbox, lanes and pause for more lines, the router, the
/// dialogue, the recognizer, the knowledge base, the store), so that the JIT's first passes over it, and its optimised
/// second ones, are paid before the first people write instead of by them. Only the network adapter is left out (it warms
/// its own code: the XMPP adapter's <c>XmppWarmUp</c>).
/// </summary>
/// <remarks>
/// The load bench showed why: before this the first thousand or so messages after a start each cost several times the
/// CPU of later ones (the desk bench's first 1,200 messages: 10–13 ms each, against 3–4 ms after), and a 200-person
/// morning is about that many messages. The conversations first went straight to the router; the worker's own path
/// (keeping each message in the inbox, the lanes, the dispatch of answers) was then still compiled under the first
/// people's messages, about 0.4 ms of the JIT's CPU per message at 200 people. Nothing of it reaches the real store,
/// channel or logs: the copy has its own file, deleted afterwards, its channel is held in memory, and it has no logger;
/// its configuration is the bot's with the store, the web page and the channels replaced.
/// </remarks>
internal static class DeskWarmUp
{
    private static readonly string[][] Conversations =
    [
        [
            "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-{0:0000}",
            "1", "bloquée", "oui", "non", "où en est ma demande ?",
        ],
        [
            "Hello, since yesterday {1}pm the printer on the 2nd floor says offline every time, nothing changed, I am on PC-{0:0000}",
            "2", "it can wait", "yes", "no", "what is the status of my request?",
        ],
    ];

    /// <summary>People writing at the same time during the warm-up, so that the lanes and the store's group flush run as they do under load.</summary>
    private const int AtOnce = 8;

    /// <summary>The longest a made-up person waits for an answer before going on (the warm-up never hangs a start).</summary>
    private static readonly TimeSpan AnswerLimit = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="conversations"/> conversations, fewer when <paramref name="stopping"/> is cancelled first (a stop never waits for the warm-up); returns the messages handled.</summary>
    public static int Run(IConfiguration configuration, int conversations, CancellationToken stopping)
    {
        if (conversations <= 0)
        {
            return 0;
        }

        var folder = Directory.CreateTempSubdirectory("servicedesk-warm-up-").FullName;
        try
        {
            var copy = new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection([
                    new("Storage:Provider", "litedb"),
                    new("Storage:Path", Path.Combine(folder, "warm-up.db")),
                    new("Dashboard:Urls", ""),
                    new("Xmpp:Jid", ""),
                    new("Slack:BotToken", ""),

                    // The pause for more lines is run, briefly: its code is warmed, not its wait.
                    new("Dialogue:BurstPause", "00:00:00.020"),
                ])
                .Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<IConfiguration>(copy);
            services.AddSingleton<IHostApplicationLifetime, NoLifetime>();
            BotHost.AddDesk(services, copy);
            using var provider = services.BuildServiceProvider();
            return RunThroughWorkerAsync(provider, conversations, stopping).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The conversations go through a channel worker, as people's messages do (admission, the inbox, the lanes, the
    /// pause for more lines, the turn, the answers' dispatch), over a channel held in memory.
    /// </summary>
    private static async Task<int> RunThroughWorkerAsync(IServiceProvider provider, int conversations, CancellationToken stopping)
    {
        var channel = new MemoryChannel();
        var worker = LeaseSetup.NewWorker(provider, channel);
        await worker.StartAsync(stopping).ConfigureAwait(false);
        var handled = 0;
        try
        {
            var clock = provider.GetRequiredService<TimeProvider>();
            for (var first = 0; first < conversations && !stopping.IsCancellationRequested; first += AtOnce)
            {
                var people = Enumerable.Range(first, Math.Min(AtOnce, conversations - first));
                var counts = await Task.WhenAll(people.Select(person => ConverseAsync(channel, clock, person, stopping))).ConfigureAwait(false);
                handled += counts.Sum();
            }

            // The worker's own periodic check ran at its start, on an empty desk; once more now, with the tickets just opened.
            _ = await provider.GetRequiredService<DeskRouter>().TickAsync(channel.Name, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            channel.Complete();
            await worker.StopAsync(CancellationToken.None).ConfigureAwait(false);
            worker.Dispose();
        }

        return handled;
    }

    /// <summary>One made-up person's conversation, each message written once the answer to the one before came (or after <see cref="AnswerLimit"/>).</summary>
    private static async Task<int> ConverseAsync(MemoryChannel channel, TimeProvider clock, int person, CancellationToken stopping)
    {
        var from = new ChannelAddress(channel.Name, string.Create(CultureInfo.InvariantCulture, $"person{person}@warm-up.invalid"));
        var script = Conversations[person % Conversations.Length];
        var written = 0;
        for (var step = 0; step < script.Length && !stopping.IsCancellationRequested; step++)
        {
            var answered = channel.NextAnswer(from);
            var text = string.Format(CultureInfo.InvariantCulture, script[step], person, 1 + (person % 11));
            channel.Write(new InboundMessage(from, text, clock.GetUtcNow()) { MessageId = string.Create(CultureInfo.InvariantCulture, $"{person}-{step}") });
            written++;
            if (await Task.WhenAny(answered, Task.Delay(AnswerLimit, stopping)).ConfigureAwait(false) != answered)
            {
                break;
            }
        }

        return written;
    }

    /// <summary>A chat network held in memory: what is written is read by the worker; each answer completes the wait of the person it goes to.</summary>
    private sealed class MemoryChannel : IChatChannel
    {
        private readonly Channel<InboundMessage> _inbound = Channel.CreateUnbounded<InboundMessage>(new UnboundedChannelOptions { SingleReader = true });
        private readonly ConcurrentDictionary<ChannelAddress, TaskCompletionSource> _waiting = new();

        public string Name => "warm-up";

        public void Write(InboundMessage message) => _inbound.Writer.TryWrite(message);

        public void Complete() => _inbound.Writer.TryComplete();

        /// <summary>Completes at the next answer to <paramref name="person"/>.</summary>
        public Task NextAnswer(ChannelAddress person) =>
            _waiting.GetOrAdd(person, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public IAsyncEnumerable<InboundMessage> ReadAllAsync(CancellationToken cancellationToken) => _inbound.Reader.ReadAllAsync(cancellationToken);

        public async IAsyncEnumerable<IReadOnlyList<InboundMessage>> ReadBatchesAsync(int max, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            while (await _inbound.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var batch = new List<InboundMessage>();
                while (batch.Count < max && _inbound.Reader.TryRead(out var message))
                {
                    batch.Add(message);
                }

                yield return batch;
            }
        }

        public ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            if (_waiting.TryRemove(message.To, out var waiting))
            {
                waiting.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>The warm-up's worker never stops the bot.</summary>
    private sealed class NoLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
