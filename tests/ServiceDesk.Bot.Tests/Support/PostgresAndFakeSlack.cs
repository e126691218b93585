using ServiceDesk.Testing;
using ServiceDesk.Testing.FakeSlack;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// What the tests of several bot processes on Slack and one PostgreSQL store (issue 18) share: a throw-away PostgreSQL
/// cluster with the database <c>desk</c>, the fake Slack with its people, and the bot processes started on them, each
/// under a name (its Web API calls carry it). Stopped in reverse order: the bots first (by PID), then Slack, then the cluster.
/// </summary>
internal sealed class PostgresAndFakeSlack : IAsyncDisposable
{
    private readonly List<(string Name, BotOsProcess Bot)> _bots = [];

    private PostgresAndFakeSlack(PostgresServer postgres, FakeSlack slack) => (Postgres, Slack) = (postgres, slack);

    public PostgresServer Postgres { get; }

    public FakeSlack Slack { get; }

    /// <summary>The connection string of the database <c>desk</c>, given to the bots as <c>Storage__ConnectionString</c>.</summary>
    public string ConnectionString => Postgres.ConnectionString("desk");

    public static async Task<PostgresAndFakeSlack> StartAsync(IEnumerable<FakeSlackUser> people)
    {
        var postgres = await PostgresServer.StartAsync(CancellationToken.None);
        try
        {
            await postgres.CreateDatabaseAsync("desk");
            var slack = await FakeSlack.StartAsync();
            foreach (var person in people)
            {
                slack.AddUser(person);
            }

            return new PostgresAndFakeSlack(postgres, slack);
        }
        catch
        {
            await postgres.DisposeAsync();
            throw;
        }
    }

    /// <summary>A bot process started on this store, stopped with the rest; <paramref name="name"/> is its name in the logs.</summary>
    public BotOsProcess Add(string name, BotOsProcess bot)
    {
        _bots.Add((name, bot));
        return bot;
    }

    /// <summary>Every bot's log to the test's output, each line after the bot's name.</summary>
    public void PrintLogs(ITestOutputHelper output)
    {
        foreach (var (name, bot) in _bots)
        {
            bot.PrintLog(output, $"[{name}] ");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_bots.Select(b => b.Bot.DisposeAsync().AsTask()));
        }
        finally
        {
            await Slack.DisposeAsync();
            await Postgres.DisposeAsync();
        }
    }
}
