using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>A logging provider that keeps every entry the host writes, to assert on what the logs say.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    /// <summary>Whether an entry at <paramref name="level"/> holds every fragment (case-insensitive).</summary>
    public bool Contains(LogLevel level, params string[] fragments) =>
        _entries.Any(e => e.Level == level && fragments.All(f => e.Message.Contains(f, StringComparison.OrdinalIgnoreCase)));

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(CollectingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception) + (exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]");
            owner._entries.Enqueue(new LogEntry(category, logLevel, message));
        }
    }
}
