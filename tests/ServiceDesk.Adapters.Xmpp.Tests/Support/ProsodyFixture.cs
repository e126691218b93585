using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

/// <summary>One Prosody per test class; each test registers the accounts it needs, so tests do not see each other.</summary>
public sealed class ProsodyFixture : IAsyncLifetime
{
    public const string Password = "s3cret-Pa55";

    private int accounts;

    public ProsodyServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ProsodyServer.StartAsync([], CancellationToken.None);

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Registers a fresh account named after <paramref name="prefix"/>; returns its user name.</summary>
    public async Task<string> NewAccountAsync(string prefix)
    {
        var user = $"{prefix}{Interlocked.Increment(ref accounts)}";
        await Server.RegisterAsync(user, Password);
        return user;
    }
}
