namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// People the bot has asked, since it started, to see each other's presence. A person who writes without having
/// added the bot gets one request (and a pre-approval, RFC 6121 §3.4), so the bot lands in their contact list; the
/// server answers for those already subscribed (§3.1.3), so asking again after a restart bothers nobody.
/// </summary>
internal sealed class RosterInvitations
{
    private const int MaxRemembered = 100_000;
    private readonly Lock gate = new();
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);

    /// <summary>True the first time <paramref name="bare"/> is seen (then the invitation is sent).</summary>
    public bool FirstTime(string bare)
    {
        lock (gate)
        {
            if (asked.Count >= MaxRemembered)
            {
                asked.Clear();
            }

            return asked.Add(bare);
        }
    }
}
