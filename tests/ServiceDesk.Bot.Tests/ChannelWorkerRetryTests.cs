using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// A turn whose commit the store carried out but reported as failed (the database server stopping, or the network to it
/// cut, at that instant: the answer to the commit is lost). The worker runs the turn again, which finds the message
/// already handled: the person must still get the answer saved with the turn, once. Taken as a network's redelivery,
/// it was answered with nothing, and the person waited for ever (seen now and then in the database-restart test).
/// </summary>
public sealed class ChannelWorkerRetryTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("channel-worker-retry-").FullName;
    private readonly CollectingLoggerProvider _logs = new();

    [Fact]
    public async Task Turn_CommittedButReportedFailed_IsAnsweredOnceWhenRunAgain()
    {
        var fault = new LostCommitReply();
        var channel = new FakeChatChannel();
        using var host = Build(channel, fault);
        await host.StartAsync();

        channel.Receive("alice", "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423", "m1");
        await channel.WaitForAsync("alice", "Qui est touché", Wait);
        fault.Arm();
        channel.Receive("alice", "1", "m2");
        await channel.WaitForAsync("alice", "où en êtes-vous", Wait);
        channel.Receive("alice", "bloquée", "m3");
        var said = await channel.WaitForAsync("alice", "Si je vous comprends bien", Wait);

        // The lost commit had written its message to the inbox with the turn (kept again for the retry): it leaves the
        // inbox with the answered ones while the bot runs, not replayed at the next start.
        var inbox = new InboxStore(host.Services.GetRequiredService<ServiceDeskDatabase>());
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (inbox.Pending(channel.Name).Count > 0)
        {
            Assert.True(waited.Elapsed < Wait, $"{inbox.Pending(channel.Name).Count} entries stayed in the inbox");
            await Task.Delay(50);
        }

        await host.StopAsync();

        Assert.Equal(1, fault.Lost);
        Assert.Equal(1, FakeChatChannel.Count(said, "où en êtes-vous"));
        Assert.Equal(1, _logs.Count(LogLevel.Information, "was retried and passed at attempt 2"));
    }

    [Fact]
    public async Task Turn_FailingWithTheStore_LetsItsMessageBeKeptOnDisk_BeforeItsRetry()
    {
        // The keep waits for its turn's flush; a turn the store failed runs again only after a backoff (here 4-8 s), and
        // the keep does not wait for that: the message is on disk, and the network may say so, at once.
        var fault = new LostCommitReply();
        var channel = new FakeChatChannel();
        using var host = Build(channel, fault, "--Storage:Retry:FirstDelay=00:00:08", "--Storage:Retry:MaxDelay=00:00:08");
        await host.StartAsync();

        channel.Receive("alice", "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423", "m1");
        await channel.WaitForAsync("alice", "Qui est touché", Wait);
        fault.Arm();
        var sent = System.Diagnostics.Stopwatch.StartNew();
        channel.Receive("alice", "1", "m2");
        while (!channel.Kept.Any(m => m.MessageId == "m2"))
        {
            Assert.True(sent.Elapsed < Wait, "The message was never marked kept.");
            await Task.Delay(20);
        }

        var keptAfter = sent.Elapsed;
        await channel.WaitForAsync("alice", "où en êtes-vous", Wait);
        var answeredAfter = sent.Elapsed;
        await host.StopAsync();

        Assert.Equal(1, fault.Lost);
        Assert.True(answeredAfter >= TimeSpan.FromSeconds(3.5), $"answered after {answeredAfter}: the retry's backoff did not run");
        Assert.True(keptAfter < TimeSpan.FromSeconds(2.5), $"kept on disk after {keptAfter}, the answer after {answeredAfter}");
    }

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private IHost Build(FakeChatChannel channel, LostCommitReply fault, params string[] arguments)
    {
        var builder = BotHost.CreateBuilder(
        [
            $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0",
            "--Storage:Retry:FirstDelay=00:00:00.2", "--Storage:Retry:MaxDelay=00:00:00.5", "--Dashboard:Urls=", .. arguments,
        ]);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddSingleton<ILoggerProvider>(_logs);
        builder.Services.AddKeyedSingleton(StorageSetup.Own, (sp, _) => fault.Around((IUnitOfWork)sp.GetRequiredService<ServiceDeskDatabase>()));
        builder.Services.AddKeyedSingleton(StorageSetup.Own, (sp, _) => fault.Around(new ConversationStore(sp.GetRequiredService<ServiceDeskDatabase>())));
        BotHost.AddChannel(builder.Services, _ => channel, leased: false);
        return builder.Build();
    }
}
