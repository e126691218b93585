using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>One line the bot logged: its category, level, formatted message and the exception it carried, if any.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
