namespace ServiceDesk.Adapters.Xmpp;

/// <summary>
/// How the desk logs in to its Jabber/XMPP server. Bound from configuration by the host, so every
/// property is settable; the names are a contract with the configuration files.
/// </summary>
/// <remarks>
/// The password is only ever sent inside TLS (SCRAM first, PLAIN as a last resort) and never logged.
/// </remarks>
public sealed class XmppOptions
{
    /// <summary>The bot's bare JID, e.g. <c>servicedesk@example.org</c>.</summary>
    public string Jid { get; set; } = "";

    /// <summary>The account password.</summary>
    public string Password { get; set; } = "";

    /// <summary>Server host name or address to connect to; defaults to the JID's domain.</summary>
    public string? Host { get; set; }

    /// <summary>Client-to-server port.</summary>
    public int Port { get; set; } = 5222;

    /// <summary>
    /// Optional PEM file of certificates trusted in addition to the system store (a private CA, or
    /// a test server's own certificate). The server name is always checked.
    /// </summary>
    public string? TrustedCertificate { get; set; }

    /// <summary>The resource bound for the bot's session.</summary>
    public string Resource { get; set; } = "servicedesk";

    /// <summary>Largest inbound stanza accepted, in bytes; a bigger one is dropped and the stream reconnected.</summary>
    public int MaxStanzaBytes { get; set; } = 262144;

    /// <summary>
    /// Whether what follows a read of the server's connection (parsing the stanza, admitting a message up to its first
    /// wait) runs on the runtime's socket thread instead of a thread-pool worker woken for it. True by default; the bot
    /// turns it off when its store is PostgreSQL, where admitting a message writes to the database over the network,
    /// which must not run on the socket thread (see <c>Transport/InlineReads.cs</c>).
    /// </summary>
    public bool InlineReads { get; set; } = true;

    /// <summary>Optional XEP-0045 room (bare JID) where technicians are notified and talk with the desk.</summary>
    public string? TechnicianRoom { get; set; }

    /// <summary>The bot's nickname in <see cref="TechnicianRoom"/>.</summary>
    public string RoomNick { get; set; } = "ServiceDesk";

    /// <summary>
    /// The status text shown with the bot's presence in people's contact lists: what to expect. The bot sets it
    /// from the desk's opening hours (<c>Calendar:*</c>) unless <c>Xmpp:StatusText</c> is configured.
    /// </summary>
    public string StatusText { get; set; } = DefaultStatusText;

    /// <summary>
    /// PNG file published as the bot's avatar (XEP-0084, and XEP-0153 for older clients); empty: the
    /// <c>avatar.png</c> shipped beside the program, if any.
    /// </summary>
    public string? Avatar { get; set; }

    /// <summary>
    /// XEP-0393 styling of what the bot writes (bold ticket numbers and priorities, quotes, lists); false sends the
    /// desk's plain text unchanged.
    /// </summary>
    public bool Styling { get; set; } = true;

    /// <summary>
    /// At most this many rounds of the adapter's warm-up (<c>XmppWarmUp</c>: its per-message code run on made-up stanzas,
    /// without the network) when the channel starts, so that the JIT's work on that code is done before people write; it
    /// stops at the first round that compiles nothing new. 0: no warm-up.
    /// </summary>
    public int WarmUpRounds { get; set; } = 20;

    public const string DefaultStatusText =
        "Je vous réponds à toute heure ; les techniciens prennent le relais pendant les heures d'ouverture du support. " +
        "(I answer at any time; technicians take over during the service desk's opening hours.)";
}
