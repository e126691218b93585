using Microsoft.Extensions.Logging;

namespace ServiceDesk.Adapters.Slack.Tests.Support;

internal sealed record LogEntry(string Category, LogLevel Level, string Message);
