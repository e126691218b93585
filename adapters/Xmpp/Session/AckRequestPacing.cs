using System.Diagnostics;
using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Adapters.Xmpp.Session;

/// <summary>
/// When the bot asks the server for its count (<c>&lt;r/&gt;</c>, XEP-0198 §4) after a write that wants one (an answer
/// that waits for the server's ack, or many stanzas unacknowledged): with that write, unless another request went out
/// less than <see cref="Spacing"/> ago. Then the request is owed: the first write that wants one after the spacing
/// carries it, or, when none comes, the session's owed-request loop sends it alone (<see cref="Owed"/>) at most
/// <see cref="Latest"/> after it was put off.
/// </summary>
/// <remarks>
/// Each request costs the bot a read of the server's <c>&lt;a/&gt;</c>: the socket engine woken, a TLS record decrypted,
/// an element parsed. At the load bench's 200 people answers leave about 70 ms apart, and a request with each answer cost
/// one such read per answer (290 for 1,200 messages with this pacing). XEP-0198 acknowledges a count, so one request
/// covers every stanza written before it. What it costs: when answers leave close together an answer's confirmation (its inbox entry forgotten, a
/// broadcast notice counted as sent) comes up to <see cref="Latest"/> later; nothing a person sees. A session's close
/// asks at once for whatever is unacknowledged (<see cref="XmppSession"/>). The wait is real time on the desk's clock,
/// whatever clock the session runs on: a test's frozen clock must not hold a confirmation.
/// </remarks>
internal sealed class AckRequestPacing
{
    /// <summary>A write that wants the server's count asks for it only when the last request is at least this old.</summary>
    internal static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(250);

    /// <summary>A request put off goes out alone at most this long after, if no write carried it meanwhile.</summary>
    internal static readonly TimeSpan Latest = TimeSpan.FromMilliseconds(500);

    private static readonly long SpacingTicks = (long)(Spacing.TotalSeconds * Stopwatch.Frequency);

    private readonly Lock gate = new();
    private long? lastAsked;
    private bool owed;
    private bool alarmSet;

    /// <summary>Released when a request put off is due and no write carried it (the owed-request loop then takes it, <see cref="TakeOwed"/>).</summary>
    public LoopSignal Owed { get; } = new();

    /// <summary>True while a request is put off and no write has carried it yet.</summary>
    public bool IsOwed
    {
        get
        {
            lock (gate)
            {
                return owed;
            }
        }
    }

    /// <summary>
    /// For a write that wants the server's count, composed now: true when it asks (the request counted as made), false
    /// when the request is put off (owed, with the alarm that sends it alone set if none is).
    /// </summary>
    public bool AskNow()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            if (lastAsked is not { } last || now - last >= SpacingTicks)
            {
                lastAsked = now;
                owed = false;
                return true;
            }

            owed = true;
            if (alarmSet)
            {
                return false;
            }

            alarmSet = true;
        }

        DeskClock.Shared.Set(Latest, static pacing => ((AckRequestPacing)pacing!).Ring(), this);
        return false;
    }

    /// <summary>A request written another way (the session's start, the keep-alive, the close): it covers what was owed.</summary>
    public void Asked()
    {
        lock (gate)
        {
            lastAsked = Stopwatch.GetTimestamp();
            owed = false;
        }
    }

    /// <summary>The owed request, taken by the loop that sends it alone once the connection is its to write on; false when a write carried it meanwhile.</summary>
    public bool TakeOwed()
    {
        lock (gate)
        {
            if (!owed)
            {
                return false;
            }

            lastAsked = Stopwatch.GetTimestamp();
            owed = false;
            return true;
        }
    }

    private void Ring()
    {
        lock (gate)
        {
            alarmSet = false;
            if (!owed)
            {
                return;
            }
        }

        Owed.Release();
    }
}
