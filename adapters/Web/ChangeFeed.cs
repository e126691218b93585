using ServiceDesk.Core.Storage;

namespace ServiceDesk.Adapters.Web;

/// <summary>
/// Tells open pages that tickets changed (server-sent events). The open tickets' numbers, statuses and update times
/// are folded into one number, computed at most once per interval whatever the number of pages listening, and only
/// while one listens.
/// </summary>
internal sealed class ChangeFeed(ITicketStore tickets, TimeProvider clock, TimeSpan interval)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _computedAt = DateTimeOffset.MinValue;
    private long _version;

    public TimeSpan Interval => interval;

    public long Current()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now - _computedAt >= interval)
            {
                var hash = new HashCode();
                hash.Add(tickets.LastNumber());
                foreach (var t in tickets.OpenTickets())
                {
                    hash.Add(t.Number);
                    hash.Add(t.UpdatedAt.UtcTicks);
                    hash.Add(t.Status);
                }

                _version = hash.ToHashCode();
                _computedAt = now;
            }

            return _version;
        }
    }
}
