using Microsoft.Extensions.Logging;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>Logs refused technician commands as warnings (who tried what).</summary>
internal sealed partial class LoggingDeskAudit(ILogger<LoggingDeskAudit> logger) : IDeskAudit
{
    public void CommandRefused(ChannelAddress who, string command) => LogRefused(who.ToString(), command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused technician command /{Command} from {Who}: not a configured technician")]
    private partial void LogRefused(string who, string command);
}
