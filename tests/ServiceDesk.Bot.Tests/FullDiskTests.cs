using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ServiceDesk.Adapters.Console;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// A slow store or a full disk (issue 8), through the real host on a disk that really fills up (<see cref="DiskUnderTest"/>):
/// the person is told once, courteously, that the answer is delayed and the message kept; the turn is retried and
/// answered once when there is room again; the conversation goes on where it was and ends with one ticket; other
/// people are answered meanwhile; a turn given up stays for the next start.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private const string Outlook = Sayings.OutlookOpening;
    private const string Delayed = "Désolé, un problème technique temporaire retarde ma réponse. Votre message est bien conservé et sera traité dès que possible";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly DiskUnderTest _disk = new();
    private readonly CollectingLoggerProvider _logs = new();

    [Fact]
    public async Task Console_DiskFillsMidConversation_ToldOnceAnsweredOnceOneTicket()
    {
        var keyboard = new TypedLines();
        var screen = new TerminalOutput();
        using var store = _disk.OpenStore();
        using var host = Build(store, sp => new ConsoleChatChannel(keyboard, screen, "alice", sp.GetRequiredService<TimeProvider>()), "--Dialogue:BurstPause=00:00:02");
        await host.StartAsync();

        // Kept in the inbox, then the disk fills while the bot lets her finish typing: the turn fails and is retried.
        keyboard.Type(Outlook);
        await KeptAsync(store, "console");
        _disk.Fill();
        await ExpectAsync(screen, Delayed);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("Qui est touché", screen.Text, StringComparison.Ordinal);
        _disk.Volume.MakeRoom();
        await ExpectAsync(screen, "Qui est touché");

        // Full when the answer arrives: it cannot even be kept, and waits for room before its turn.
        _disk.Fill();
        keyboard.Type("1");
        await ExpectAsync(screen, Delayed, times: 2);
        _disk.Volume.MakeRoom();
        await ExpectAsync(screen, "où en êtes-vous");
        keyboard.Type("bloquée");
        await ExpectAsync(screen, "Si je vous comprends bien");
        keyboard.Type("oui");
        await ExpectAsync(screen, "C'est un problème connu");
        _disk.Fill();
        keyboard.Type("non");
        await ExpectAsync(screen, Delayed, times: 3);
        _disk.Volume.MakeRoom();
        await ExpectAsync(screen, "est enregistrée");
        keyboard.Type("où en est ma demande ?");
        var said = await ExpectAsync(screen, "nouvelle");
        keyboard.End();
        await host.StopAsync();

        foreach (var once in new[] { "Qui est touché", "où en êtes-vous", "Si je vous comprends bien", "C'est un problème connu", "est enregistrée" })
        {
            Assert.True(FakeChatChannel.Count(said, once) == 1, $"Expected «{once}» once. The bot said:\n{said}");
        }

        Assert.Equal(3, FakeChatChannel.Count(said, Delayed));
        Assert.Contains("(Sorry, a temporary technical problem is delaying my answer. Your message is kept", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
        Assert.DoesNotContain("renvoyer dans un instant", said, StringComparison.Ordinal);
        var ticket = Assert.Single(new TicketStore(store).All());
        Assert.Equal(("console:alice", 1, Impact.OneUser, Urgency.Blocked), (ticket.RequesterId, ticket.Number, ticket.Impact, ticket.Urgency));
        Assert.Equal(1, new TicketStore(store).LastNumber());
        Assert.True(new InboxStore(store).Pending("console").Count == 0, "Answered messages stayed in the inbox.\n" + _logs.Dump());
        Assert.Equal(0, _disk.Volume.RefusedWrites);
        Assert.True(_logs.Count(LogLevel.Warning, "console:alice", "the turn will be retried") > 0, _logs.Dump());
        Assert.True(_logs.Count(LogLevel.Information, "console:alice", "retried and passed") > 0, _logs.Dump());
        Assert.True(_logs.Count(LogLevel.Warning, "console:alice", "the write retried before the next message is read") > 0, _logs.Dump());
    }

    [Fact]
    public async Task Retry_OnePersonWaitsForTheStore_OthersAreAnsweredMeanwhile()
    {
        var chat = new FakeChatChannel();
        using var store = _disk.OpenStore();
        using var host = Build(store, _ => chat, "--Dialogue:BurstPause=00:00:02", "--Storage:Retry:FirstDelay=00:00:10", "--Storage:Retry:MaxDelay=00:00:10");
        await host.StartAsync();

        chat.Receive("alice", Outlook);
        await KeptAsync(store, chat.Name);
        _disk.Fill();
        await chat.WaitForAsync("alice", Delayed, Wait);
        _disk.Volume.MakeRoom();
        chat.Receive("bob", "où en est ma demande ?");
        await chat.WaitForAsync("bob", "Vous n'avez aucune demande en cours", Wait);
        var aliceMeanwhile = chat.SaidTo("alice");
        var alice = await chat.WaitForAsync("alice", "Qui est touché", Wait);
        await host.StopAsync();

        Assert.DoesNotContain("Qui est touché", aliceMeanwhile, StringComparison.Ordinal);
        Assert.Equal(1, FakeChatChannel.Count(alice, Delayed));
        Assert.Equal(1, FakeChatChannel.Count(alice, "Qui est touché"));
        Assert.DoesNotContain("problème technique", chat.SaidTo("bob"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveUp_DiskStaysFull_PersonToldMessageKeptAndTheNextStartAnswersIt()
    {
        var chat = new FakeChatChannel();
        using (var store = _disk.OpenStore())
        {
            using var host = Build(store, _ => chat, "--Dialogue:BurstPause=00:00:02", "--Storage:Retry:GiveUpAfter=00:00:01");
            await host.StartAsync();
            chat.Receive("alice", Outlook);
            await KeptAsync(store, chat.Name);
            _disk.Fill();
            await chat.WaitForAsync("alice", "dure plus longtemps que prévu", Wait);
            await host.StopAsync();

            Assert.Equal([Outlook], new InboxStore(store).Pending(chat.Name).Select(p => p.Message.Text));
            Assert.True(_logs.Count(LogLevel.Error, "fake:alice", "Gave up", "stays in the inbox") > 0, _logs.Dump());
        }

        _disk.Volume.MakeRoom();
        using (var store = _disk.OpenStore())
        {
            using var host = Build(store, _ => chat);
            await host.StartAsync();
            var said = await chat.WaitForAsync("alice", "Qui est touché", Wait);
            await host.StopAsync();

            Assert.Equal(1, FakeChatChannel.Count(said, Delayed));
            Assert.Equal(1, FakeChatChannel.Count(said, "dure plus longtemps que prévu"));
            Assert.Equal(1, FakeChatChannel.Count(said, "Qui est touché"));
            Assert.Empty(new InboxStore(store).Pending(chat.Name));
        }
    }

    [Fact]
    public async Task SlowDisk_TwoConversationsAtOnce_EachEndsWithItsTicketAndNoNotice()
    {
        var chat = new FakeChatChannel();
        _disk.Volume.WriteDelay = TimeSpan.FromMilliseconds(10);
        using var store = _disk.OpenStore();
        using var host = Build(store, _ => chat);
        await host.StartAsync();

        await Task.WhenAll(ConverseAsync(chat, "alice"), ConverseAsync(chat, "bob"));
        await host.StopAsync();

        Assert.Equal([1, 2], new TicketStore(store).All().Select(t => t.Number));
        Assert.Equal(["fake:alice", "fake:bob"], new TicketStore(store).All().Select(t => t.RequesterId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("problème technique", chat.SaidTo("alice") + chat.SaidTo("bob"), StringComparison.Ordinal);
    }

    public void Dispose() => _disk.Dispose();

    private static async Task ConverseAsync(FakeChatChannel chat, string user)
    {
        foreach (var (text, answer) in new[]
        {
            (Outlook, "Qui est touché"), ("1", "où en êtes-vous"), ("bloquée", "Si je vous comprends bien"),
            ("oui", "C'est un problème connu"), ("non", "est enregistrée"),
        })
        {
            chat.Receive(user, text);
            await chat.WaitForAsync(user, answer, Wait);
        }
    }

    /// <summary>Waits until the inbox holds a message of the channel: it was read and kept, and its turn is not over.</summary>
    private static async Task KeptAsync(ServiceDeskDatabase store, string channel)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (new InboxStore(store).Pending(channel).Count == 0)
        {
            Assert.True(waited.Elapsed < Wait, "The message never reached the inbox.");
            await Task.Delay(20);
        }
    }

    private static async Task<string> ExpectAsync(TerminalOutput screen, string fragment, int times = 1)
    {
        var said = await screen.WaitForAsync(fragment, Wait, times);
        Assert.True(FakeChatChannel.Count(said, fragment) >= times, $"Expected «{fragment}» {times} time(s). The bot said:\n{said}");
        return said;
    }

    private IHost Build(ServiceDeskDatabase store, Func<IServiceProvider, IChatChannel> channel, params string[] args)
    {
        var builder = BotHost.CreateBuilder(
        [
            $"--Storage:Path={_disk.FilePath}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0",
            "--Storage:Retry:FirstDelay=00:00:00.2", "--Storage:Retry:MaxDelay=00:00:00.5", .. args,
        ]);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<ILoggerProvider>(_logs);
        BotHost.AddChannel(builder.Services, channel);
        return builder.Build();
    }
}
