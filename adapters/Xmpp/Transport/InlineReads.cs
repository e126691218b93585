using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace ServiceDesk.Adapters.Xmpp.Transport;

/// <summary>
/// Has what follows a read of the server's connection run on the thread that saw the bytes arrive, instead of being
/// handed to a thread-pool worker.
/// </summary>
/// <remarks>
/// <para>
/// On Linux, .NET waits for every socket's data on one thread (<c>epoll</c>) and, when a read completes, queues the rest
/// of the reading to the thread pool: a second thread woken for each read. At the load bench's 200 people (about 14
/// messages a second, each alone) the bot's profile put 0.6 ms per message in threads put to sleep and woken against
/// 0.4 ms in the XMPP stream itself; each message and each acknowledgement from the server paid that hand-off (about
/// 8 context switches per message fewer without it, README "Where the figures stand", 21:24). The runtime lets a socket skip it
/// (<c>Socket.PreferInlineCompletions</c>, internal, the per-socket form of the documented
/// <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c>); only the XMPP connection asks for it, not the web page's, Slack's
/// or PostgreSQL's sockets.
/// </para>
/// <para>
/// What runs there: the stanza's parsing, and, through the inbound queue, the channel worker's admission of a message
/// (its rate limit and its keep in the inbox, a LiteDB write) up to its first wait; the turns themselves start on the
/// desk's turn threads (<c>TurnQueue</c>, <c>TurnThreads</c>). Nothing on that path may wait for a socket synchronously
/// (it would wait for the very thread it blocks): on PostgreSQL the keep is a round trip to the database, so the bot turns
/// this off there (<see cref="XmppOptions.InlineReads"/>; with it on, the shared-store tests stalled). A runtime without
/// the property keeps the hand-off, as before.
/// </para>
/// </remarks>
internal static class InlineReads
{
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PreferInlineCompletions")]
    private static extern void SetPreferInlineCompletions(Socket socket, bool value);

    /// <summary>Asks <paramref name="socket"/>'s completions to run inline; false when this runtime cannot.</summary>
    public static bool TryEnable(Socket socket)
    {
        try
        {
            SetPreferInlineCompletions(socket, true);
            return true;
        }
        catch (MissingMethodException)
        {
            return false;
        }
    }
}
