using Microsoft.Extensions.Logging;

namespace ServiceDesk.Testing.Logging;

public sealed record LogEntry(string Category, LogLevel Level, string Message);
