using System.Collections.Concurrent;
using System.Security.Cryptography;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// One-time sign-in links (issue 16): 256 random bits, valid <see cref="DashboardOptions.LinkLifetime"/>, consumed by the
/// first opening whatever its outcome, so a link seen in a log, a history or a shoulder-surfed screen cannot be
/// replayed. Kept in memory: a restart voids the links and sessions, and the technician asks the bot again.
/// </summary>
public sealed class SignInLinks : ISignInLinks
{
    private readonly ConcurrentDictionary<string, (string Technician, DateTimeOffset Expires)> _links = new(StringComparer.Ordinal);
    private readonly DashboardOptions _options;
    private string? _listening;

    public SignInLinks(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public TimeSpan Lifetime => _options.LinkLifetime;

    /// <summary>The address the server actually listens on (a port chosen by the system in tests).</summary>
    internal void Listening(string address) => _listening = address;

    public Uri Issue(Technician technician, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(technician);
        foreach (var stale in _links.Where(l => l.Value.Expires <= now).Select(l => l.Key).ToList())
        {
            _links.TryRemove(stale, out _);
        }

        var token = Tokens.New();
        _links[token] = (technician.Id, now + _options.LinkLifetime);
        return new Uri($"{_options.LinkBase(_listening)}/signin/{token}");
    }

    /// <summary>The technician the link was made for, once; null for a used, expired or unknown link.</summary>
    public string? Consume(string token, DateTimeOffset now) =>
        _links.TryRemove(token, out var link) && link.Expires > now ? link.Technician : null;
}

/// <summary>Random, URL-safe identifiers for links and sessions.</summary>
internal static class Tokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Signed-in browsers: a random session id in an HttpOnly cookie, mapped here to the technician.</summary>
public sealed class DashboardSessions(DashboardOptions options)
{
    private readonly ConcurrentDictionary<string, (string Technician, DateTimeOffset Expires)> _sessions = new(StringComparer.Ordinal);

    public string Open(string technician, DateTimeOffset now)
    {
        foreach (var stale in _sessions.Where(s => s.Value.Expires <= now).Select(s => s.Key).ToList())
        {
            _sessions.TryRemove(stale, out _);
        }

        var id = Tokens.New();
        _sessions[id] = (technician, now + options.SessionLifetime);
        return id;
    }

    public string? Find(string? id, DateTimeOffset now) =>
        id is { Length: > 0 } && _sessions.TryGetValue(id, out var s) && s.Expires > now ? s.Technician : null;
}
