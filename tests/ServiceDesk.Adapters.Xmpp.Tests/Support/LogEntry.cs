using Microsoft.Extensions.Logging;

namespace ServiceDesk.Adapters.Xmpp.Tests.Support;

internal sealed record LogEntry(string Category, LogLevel Level, string Message);
