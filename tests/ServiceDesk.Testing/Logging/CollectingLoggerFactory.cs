using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServiceDesk.Testing.Logging;

/// <summary>
/// A logger factory that keeps every entry (to assert on logs) and echoes it to <paramref name="writeLine"/> (a test's
/// output), for the adapter tests that run a channel without the bot's host.
/// </summary>
public sealed class CollectingLoggerFactory(Action<string>? writeLine = null) : ILoggerFactory
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyCollection<LogEntry> Entries => entries;

    public bool Contains(LogLevel level, string fragment) =>
        entries.Any(e => e.Level == level && e.Message.Contains(fragment, StringComparison.OrdinalIgnoreCase));

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(this, categoryName);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        entries.Enqueue(entry);
        try
        {
            writeLine?.Invoke($"{entry.Level} {entry.Category}: {entry.Message}");
        }
        catch (InvalidOperationException)
        {
            // The test has finished; the line is still kept in Entries.
        }
    }

    private sealed class CollectingLogger(CollectingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception) + (exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]");
            owner.Add(new LogEntry(category, logLevel, message));
        }
    }
}
