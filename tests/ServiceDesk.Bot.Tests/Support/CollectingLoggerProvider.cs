using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// A logger provider handed to <see cref="BotHost.Build"/> that keeps every entry the bot logs, so that a test can
/// assert what the logs say happened (a cut message, a rate-limited sender, a refused command) and what they do not
/// (an error with an exception). The host's own filters (levels from <c>Logging</c>) still apply.
/// </summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    /// <summary>How many entries at <paramref name="level"/> contain every fragment (ordinal, case-sensitive).</summary>
    public int Count(LogLevel level, params string[] fragments) =>
        _entries.Count(e => e.Level == level && fragments.All(f => e.Message.Contains(f, StringComparison.Ordinal)));

    /// <summary>The last entries, one a line, for an assertion's message.</summary>
    public string Dump(int last = 200) => string.Join('\n', _entries.TakeLast(last).Select(e => $"{e.Level} {e.Category}: {e.Message}{(e.Exception is null ? "" : " [" + e.Exception.GetType().Name + "]")}"));

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(CollectingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
