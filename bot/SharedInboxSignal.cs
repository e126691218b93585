using System.Collections.Concurrent;

namespace ServiceDesk.Bot;

/// <summary>
/// Tells this process's lease holder that a message was just kept in the shared inbox here (<see cref="SharedInboxReception"/>),
/// so that it reads the inbox at once instead of at its next poll. Messages kept by other instances are found by the poll.
/// </summary>
internal sealed class SharedInboxSignal
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _channels = new(StringComparer.Ordinal);

    public void Pulse(string channel)
    {
        var signal = Of(channel);
        lock (signal)
        {
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
    }

    /// <summary>Waits for a pulse on <paramref name="channel"/>, at most <paramref name="timeout"/>.</summary>
    public Task WaitAsync(string channel, TimeSpan timeout, CancellationToken cancellationToken) =>
        Of(channel).WaitAsync(timeout, cancellationToken);

    private SemaphoreSlim Of(string channel) => _channels.GetOrAdd(channel, _ => new SemaphoreSlim(0, 1));
}
