using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>Collects refused technician commands and questions about other tickets.</summary>
internal sealed class FakeAudit : IDeskAudit
{
    public List<(ChannelAddress Who, string Command)> Refused { get; } = [];

    public List<(ChannelAddress Who, int Number, bool Exists)> OtherTickets { get; } = [];

    public void CommandRefused(ChannelAddress who, string command) => Refused.Add((who, command));

    public void OtherTicketAsked(ChannelAddress who, int number, bool exists) => OtherTickets.Add((who, number, exists));
}
