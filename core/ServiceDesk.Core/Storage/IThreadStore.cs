using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.Storage;

/// <summary>
/// Where each desk thread (a ticket's conversation, <see cref="ThreadReference"/>) lives on a network that has threads:
/// on Slack, the <c>thread_ts</c> of the ticket's post in the technicians' channel. Kept so that a restart still posts a
/// ticket's conversation under its post, and still knows which ticket a reply in that thread is about.
/// </summary>
public interface IThreadStore
{
    /// <summary>Records (or moves) where <paramref name="thread"/> lives on <paramref name="channel"/>.</summary>
    void Bind(string channel, ThreadReference thread, string native);

    /// <summary>The network's own reference of the thread on that channel, or null when it was never posted there.</summary>
    string? NativeOf(string channel, ThreadReference thread);

    /// <summary>The desk thread a network reference belongs to, or null for a thread the desk did not open.</summary>
    ThreadReference? ThreadOf(string channel, string native);
}
