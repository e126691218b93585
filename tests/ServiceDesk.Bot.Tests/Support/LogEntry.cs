using Microsoft.Extensions.Logging;

namespace ServiceDesk.Bot.Tests.Support;

internal sealed record LogEntry(string Category, LogLevel Level, string Message);
