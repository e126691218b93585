using System.Runtime.InteropServices;

namespace ServiceDesk.Bench;

/// <summary>
/// CPU time consumed by the calling thread, in nanoseconds (Linux <c>clock_gettime</c> with the
/// per-thread clock). On a machine shared with other work, wall time also counts the time the
/// thread waited for a core; CPU time does not, so the bench prints both.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    public static long Now()
    {
        if (!IsAvailable)
        {
            return 0;
        }

        _ = ClockGetTime(ThreadCpuTimeClock, out var time);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
