namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The free space on the store's volume, as the reserve check before each transaction needs it: asked of the
/// operating system again only when the last answer is older than <see cref="FarFromTheReserveFor"/> or came within
/// <see cref="Margin"/> of the reserve.
/// </summary>
/// <remarks>
/// Asked before every transaction, the volume's free space was one <c>statfs</c> call (and a <c>DriveInfo</c>) per
/// transaction, two or three per message: about 1 % of the bot's CPU in the load bench at 200 people. Far above the
/// reserve, one second of transactions cannot use the margin up (a message writes tens of kilobytes), so the answer is
/// kept that long; near the reserve every transaction asks again, as before, and one that would cross it is refused.
/// </remarks>
internal sealed class VolumeFreeSpace(Func<long> read, long reserve, TimeProvider clock)
{
    /// <summary>How far above the reserve a reading may be reused.</summary>
    internal const long Margin = 256L * 1024 * 1024;

    /// <summary>How long a reading far above the reserve is reused.</summary>
    internal static readonly TimeSpan FarFromTheReserveFor = TimeSpan.FromSeconds(1);

    private sealed record Reading(long Free, long At);

    private volatile Reading? _last;

    /// <summary>The free space of the volume holding <paramref name="folder"/>.</summary>
    public static VolumeFreeSpace Of(string folder, long reserve) =>
        new(() => new DriveInfo(folder).AvailableFreeSpace, reserve, TimeProvider.System);

    public long Bytes()
    {
        var last = _last;
        if (last is not null && last.Free - reserve > Margin && clock.GetElapsedTime(last.At) < FarFromTheReserveFor)
        {
            return last.Free;
        }

        var free = read();
        _last = new Reading(free, clock.GetTimestamp());
        return free;
    }
}
