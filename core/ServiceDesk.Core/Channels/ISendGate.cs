namespace ServiceDesk.Core.Channels;

/// <summary>
/// A channel that queues what it sends can ask, just before each message leaves the process, whether it may still send:
/// on a store shared by several instances, a lease holder that was frozen (or lost the store) past its lease must not
/// send, when it runs again, what it had queued before: the instance that took over answers from the shared inbox.
/// </summary>
public interface ISendGate
{
    /// <summary>
    /// From now on, a queued message is sent only while <paramref name="maySend"/> returns true; otherwise it is not sent
    /// and its confirmation (<see cref="IChatChannel.SendConfirmedAsync"/>) fails, so that its message stays in the inbox.
    /// </summary>
    void GateSends(Func<bool> maySend);
}
