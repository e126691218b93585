namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>How a session began: resumed (with what must be written again) or new, bound to <see cref="Jid"/>.</summary>
internal sealed record SessionStart(bool Resumed, string Jid, IReadOnlyList<OutgoingStanza> Resend);
