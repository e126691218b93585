using System.Text.Json;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The LiteDB file belongs to the one bot process that runs on it (direct mode): a second bot on the same file refuses to
/// start with a message naming it, and <c>tickets list</c> / <c>tickets show</c> / <c>report indicators</c>, run from
/// another process meanwhile, read through the running bot.
/// </summary>
[Trait("Category", "Long")]
public sealed class StoreOwnershipTests : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;
    private string _storage = null!;

    public async Task InitializeAsync()
    {
        _desk = await ProsodyDesk.StartServerAsync(["alice"]);
        _storage = _desk.BotStorePath;
    }

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task SecondBotOnTheSameFile_RefusesToStart_AndTheVerbsReadThroughTheRunningBot()
    {
        await using var bot = await _desk.StartBotProcessAsync(_storage);
        await using (var alice = _desk.Person("alice"))
        {
            await alice.SayAsync("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423");
            await alice.ExpectAsync(TimeSpan.FromSeconds(60), "1. Juste moi");
            await alice.SayAsync("1");
            await alice.ExpectAsync(TimeSpan.FromSeconds(60), "1. Bloqué(e)");
            await alice.SayAsync("bloquée");
            await alice.ExpectAsync(TimeSpan.FromSeconds(60), "C'est bien ça ?");
            await alice.SayAsync("oui");
            await alice.ExpectAsync(TimeSpan.FromSeconds(60), "Est-ce que cela a résolu");
            await alice.SayAsync("non");
            await alice.ExpectAsync(TimeSpan.FromSeconds(60), "priorité P3");
        }

        // A second bot on the same file: stopped before it connects, with the file named, and a status that is not 0.
        await using (var second = BotOsProcess.Launch(_desk.Server, ProsodyDesk.BotAccount, ProsodyDesk.Password, _storage, new Dictionary<string, string>()))
        {
            Assert.Equal(BotCommandLine.StoreInUse, await second.ExitCodeAsync(TimeSpan.FromSeconds(90)));
            Assert.Contains(second.Log, l => l.Contains($"The store {_storage} is already in use by another process", StringComparison.Ordinal));
            Assert.DoesNotContain(second.Log, l => l.Contains("XMPP: online as", StringComparison.Ordinal));
        }

        // This test's process is not the bot's: the verbs read through it while it runs.
        var (code, listed, _) = await RunAsync("tickets", "list", "--json", $"--Storage:Path={_storage}");
        Assert.Equal(0, code);
        var ticket = Assert.Single(JsonDocument.Parse(listed).RootElement.EnumerateArray());
        Assert.Equal("xmpp:alice@localhost", ticket.GetProperty("requester").GetString());
        Assert.Equal("P3", ticket.GetProperty("priority").GetString());
        var (shown, one, _) = await RunAsync("tickets", "show", "1", $"--Storage:Path={_storage}");
        Assert.Equal(0, shown);
        Assert.Equal(1, JsonDocument.Parse(one).RootElement.GetProperty("number").GetInt32());
        var (reported, indicators, _) = await RunAsync("report", "indicators", "--from", "2000-01-01", "--to", "2100-01-01", "--json", $"--Storage:Path={_storage}");
        Assert.Equal(0, reported);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(indicators).RootElement.ValueKind);
        Assert.True(File.Exists(_storage + ".lock"));

        // The bot still runs on the file, and once it stops the file opens here directly.
        // Answered messages leave the inbox once the server has confirmed their answers, in a transaction that waits up
        // to 250 ms for the next keep (ChannelWorker.ForgetFold): on a loaded machine that can still be under way here.
        var reader = new StoreReadClient(_storage);
        for (var waited = 0; waited < 100 && reader.PendingInInbox("xmpp") > 0; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, reader.PendingInInbox("xmpp"));
        await bot.StopAsync(TimeSpan.FromSeconds(30));
        Assert.False(File.Exists(_storage + ".sock"));
        var (after, again, _) = await RunAsync("tickets", "list", $"--Storage:Path={_storage}");
        Assert.Equal(0, after);
        Assert.Contains("xmpp:alice@localhost", again, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotCommandLine.RunAsync(args, TextReader.Null, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
