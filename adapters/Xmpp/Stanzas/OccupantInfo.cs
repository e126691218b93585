using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp.Stanzas;

/// <summary>
/// What a room says about an occupant in its presence (XEP-0045 <c>muc#user</c>): the real JID when the
/// room reveals it, and the status codes (110 = this is you, 201 = room just created).
/// </summary>
internal sealed record OccupantInfo(Jid? RealJid, IReadOnlyList<int> StatusCodes)
{
    public bool IsSelf => StatusCodes.Contains(110);

    public bool RoomCreated => StatusCodes.Contains(201);
}
