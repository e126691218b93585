using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>Collects refused technician commands.</summary>
internal sealed class FakeAudit : IDeskAudit
{
    public List<(ChannelAddress Who, string Command)> Refused { get; } = [];

    public void CommandRefused(ChannelAddress who, string command) => Refused.Add((who, command));
}
