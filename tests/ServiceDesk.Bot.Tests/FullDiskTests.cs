using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Storage;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The disk fills up under the bot: LiteDB's log file is made to point at <c>/dev/full</c>, so every write
/// fails with "no space left on device". The person is told courteously that there is a temporary problem
/// (no stack trace), nothing half-written stays in the file, and once there is room again the same answer,
/// sent again, opens exactly one ticket.
/// </summary>
public sealed class FullDiskTests : IAsyncLifetime
{
    private const string Password = "s3cret-test";
    private ProsodyServer _server = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _server = await ProsodyServer.StartAsync([("servicedesk", Password), ("alice", Password)], CancellationToken.None);
        _bot = await RunningBot.StartAsync(_server, "servicedesk", Password, "--Dialogue:BurstPause=0");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task WriteFails_DiskFull_PersonToldOfATemporaryProblemAndNothingHalfWritten()
    {
        await using var alice = new XmppUser(_server, "alice", Password, "servicedesk");
        await alice.SayAsync("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
        await alice.ExpectAsync("1. Juste moi");
        await alice.SayAsync("1");
        await alice.ExpectAsync("1. Bloqué(e)");
        await alice.SayAsync("bloquée");
        await alice.ExpectAsync("C'est bien ça ?");
        await alice.SayAsync("oui");
        await alice.ExpectAsync("Est-ce que cela a résolu");

        var log = Path.Combine(Path.GetDirectoryName(_bot.StoragePath)!, Path.GetFileNameWithoutExtension(_bot.StoragePath) + "-log.db");
        File.Delete(log);
        File.CreateSymbolicLink(log, "/dev/full");
        try
        {
            await alice.SayAsync("non");
            var notice = await alice.ExpectAsync(TimeSpan.FromSeconds(30), "problème technique temporaire");
            Assert.DoesNotContain("Exception", notice, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", notice, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }

        using (var database = new ServiceDeskDatabase(_bot.StoragePath))
        {
            Assert.Empty(new TicketStore(database).All());
        }

        await alice.SayAsync("non");
        await alice.ExpectAsync(TimeSpan.FromSeconds(30), "priorité P3");
        using var after = new ServiceDeskDatabase(_bot.StoragePath);
        Assert.Single(new TicketStore(after).All());
    }
}
