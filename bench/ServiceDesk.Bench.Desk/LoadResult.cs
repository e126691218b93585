using System.Globalization;

namespace ServiceDesk.Bench.Desk;

/// <summary>What one run of the load measured, and whether every conversation ended as it should.</summary>
internal sealed record LoadResult(
    string Name,
    int Messages,
    TimeSpan Wall,
    TimeSpan Cpu,
    long AllocatedBytes,
    int Gen0,
    int Gen2,
    LatencySummary Turns,
    int People,
    int PeopleWithOneTicket,
    bool NumbersGapFree,
    int Unanswered,
    TimeSpan Jit,
    long JittedMethods,
    TimeSpan GcPaused,
    double MachineIdleCores)
{
    public double MessagesPerSecond => Messages / Wall.TotalSeconds;

    public double CpuMsPerMessage => Cpu.TotalMilliseconds / Messages;

    public bool Complete => PeopleWithOneTicket == People && NumbersGapFree && Unanswered == 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-28} {MessagesPerSecond,8:0} msg/s  turn {Turns}  CPU {CpuMsPerMessage,6:0.00} ms/msg ({Cpu / Wall:0.00} cores, machine idle {MachineIdleCores:0.00} cores)  " +
        $"alloc {AllocatedBytes / 1024.0 / Messages,7:0} kB/msg  GC0 {Gen0,4} GC2 {Gen2,3} (paused {100 * GcPaused / Wall:0}% of the pass)  " +
        $"JIT {Jit.TotalMilliseconds:0} ms/{JittedMethods} methods  {Messages} msgs in {Wall.TotalSeconds:0.0} s; {PeopleWithOneTicket}/{People} one ticket each, numbers {(NumbersGapFree ? "gap-free" : "NOT gap-free")}, {Unanswered} unanswered");
}
