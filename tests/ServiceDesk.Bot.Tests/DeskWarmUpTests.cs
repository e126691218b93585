using Microsoft.Extensions.Configuration;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The start-up warm-up holds whole conversations through a channel worker on a copy of the desk: every message is
/// handled, and nothing reaches the bot's own store.
/// </summary>
public sealed class DeskWarmUpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warm-up-test-").FullName;

    [Fact]
    public void Run_HoldsEveryConversationThroughTheWorker_AndLeavesTheBotsStoreAlone()
    {
        var store = Path.Combine(_folder, "bot.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Storage:Path", store), new("Storage:Provider", "litedb")])
            .Build();

        var handled = DeskWarmUp.Run(configuration, conversations: 10, CancellationToken.None);

        // Two scripts of six messages each; every message written was answered before the next one (or the run would have given up early).
        Assert.Equal(60, handled);
        Assert.False(File.Exists(store), "the warm-up wrote to the bot's own store");
    }

    [Fact]
    public void Run_Stopped_ReturnsAtOnce()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        Assert.Equal(0, DeskWarmUp.Run(new ConfigurationBuilder().Build(), conversations: 10, stopped.Token));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
