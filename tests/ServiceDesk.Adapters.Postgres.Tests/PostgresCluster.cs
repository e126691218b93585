using Npgsql;
using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Postgres.Tests;

/// <summary>One throw-away cluster for every test of the collection; each test makes its own database on it.</summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A new empty database; returns its connection string.</summary>
    public string NewDatabase(string name)
    {
        Execute($"CREATE DATABASE {name}");
        return Server.ConnectionString(name);
    }

    public void DropDatabase(string name) => Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    /// <summary>Runs administration SQL whose only variable part is a name this class generated.</summary>
    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server.ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL cluster";
}
