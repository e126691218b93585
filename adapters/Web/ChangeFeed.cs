namespace ServiceDesk.Adapters.Web;

/// <summary>
/// Tells open pages that tickets changed (server-sent events): the version of the <see cref="TicketMirror"/>, brought up
/// to date from the store's change sequence at most once per interval whatever the number of pages listening, and only
/// while one listens.
/// </summary>
internal sealed class ChangeFeed(TicketMirror mirror, TimeProvider clock, TimeSpan interval)
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
                _version = mirror.Refresh().Version;
                _computedAt = now;
            }

            return _version;
        }
    }
}
