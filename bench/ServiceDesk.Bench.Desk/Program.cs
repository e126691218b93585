using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Bench;
using ServiceDesk.Bench.Desk;
using ServiceDesk.Core.Recognition;

// The desk without the network: many people's whole conversations fed to the real DeskRouter (dialogue, knowledge
// base, recognizer, LiteDB file), first behind one desk-wide lock (how every turn ran before), then as the desk runs
// them, in the same process, on fresh files. Options: --people N (1000), --warm-up N (200), --repeat N (2),
// --tick-ms N (1000), --baseline 0 (leave the desk-wide lock out: for profiling), --sections 0 (no
// pass with each part of the turn timed), --before 0 (leave out the passes without the turn read cache, as before it),
// --flush-per-commit 0 (leave out the pass with one flush to disk per commit, as before group commit),
// --same-texts 1 (every pass's people write the same texts as the previous pass's, as before 6 December: see below),
// then configuration overrides (--Dialogue:KnownErrorsOffered=0).
var people = Option("--people", 1000);
var warmUp = Option("--warm-up", 200);
var repeat = Option("--repeat", 2);
var sectioned = Option("--sections", 1) != 0;
var baseline = Option("--baseline", 1) != 0;
var before = Option("--before", 1) != 0;
var flushPerCommit = Option("--flush-per-commit", 1) != 0;
var tick = TimeSpan.FromMilliseconds(Option("--tick-ms", 1000));
// Each pass's people are new people (their workstation numbers, so their first messages, differ from every earlier
// pass's): the date recognizer keeps the results of the texts it has read, and people who repeat an earlier pass's words
// found them there (the first message's reading fell from about 5 ms of CPU to a fraction), which no real person's
// first message does.
var sameTexts = Option("--same-texts", 0) != 0;
var nextPerson = 0;
int FirstPerson(int count)
{
    if (sameTexts)
    {
        return 0;
    }

    var first = nextPerson;
    nextPerson += count;
    return first;
}
var turnsAtOnce = Array.IndexOf(args, "--turns-at-once") is var at && at >= 0 && at + 1 < args.Length
    ? args[at + 1].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()
    : [];
// The holding thread's CPU in the "store writer" lines (a per-thread clock read five times per writing transaction).
if (Option("--hold-cpu", 1) != 0 && ThreadCpuClock.IsAvailable)
{
    WriterHold.ThreadCpu = ThreadCpuClock.Now;
}

var overrides = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
    .Select(a => a[2..].Split('=', 2)).Select(p => new KeyValuePair<string, string?>(p[0], p[1])).ToList();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Desk bench: {people} people x {DeskScript.Steps.Count} messages, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {TimeProvider.System.GetLocalNow():yyyy-MM-dd HH:mm}"));
var build = Stopwatch.StartNew();
RecognizerWarmUp.Run();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recognizer models built in {build.Elapsed.TotalSeconds:0.0} s"));

using (var warm = new DeskUnderTest(overrides))
{
    Console.WriteLine("warm-up        " + await new DeskLoad(warmUp, deskWide: false, tick).RunAsync("(JIT)", warm, FirstPerson(warmUp)));
}

if (sectioned)
{
    // The date recognizer alone, message by message (each text unique, as the people's are): the dearest single part
    // of a person's first turn.
    foreach (var line in RecognizerCost.Measure(200))
    {
        Console.WriteLine(line);
    }
}

// Each round: the desk-wide lock (how turns ran before issue 17), the desk as it was before the turn read cache (each
// part of a turn reading the store itself), and the desk as it runs now; each on a fresh file.
// and the desk with one flush to disk per commit, the store's writer held through it (before group commit).
// --turns-at-once 8,4 adds passes with the router running at most that many turns at once.
(string Name, bool DeskWide, bool ReadCache, bool GroupCommit, int? TurnsAtOnce)[] passes =
[
    .. baseline ? new[] { ("baseline: desk-wide lock", true, true, true, (int?)null) } : [],
    .. before ? new[] { ("before: no turn read cache", false, false, true, (int?)null) } : [],
    .. flushPerCommit ? new[] { ("before: a flush per commit", false, true, false, (int?)null) } : [],
    ("per conversation", false, true, true, null),
    .. turnsAtOnce.Select(n => ($"per conversation, {n} at once", false, true, true, (int?)n)),
];
var results = new List<LoadResult>();
for (var round = 1; round <= repeat; round++)
{
    foreach (var (name, deskWide, readCache, groupCommit, atOnce) in passes)
    {
        // The bot opens its file with Storage:GroupCommit (true unless configured otherwise).
        using var desk = new DeskUnderTest([.. overrides, new("Storage:GroupCommit", groupCommit ? "true" : "false")], readCache: readCache, turnsAtOnce: atOnce);
        var result = await new DeskLoad(people, deskWide, tick).RunAsync(name, desk, FirstPerson(people));
        results.Add(result);
        var (flushes, commits) = desk.FlushCounts;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}  ") + result + $"  file {desk.FileBytes / 1024} kB, {commits} commits, {flushes} flushes");
        foreach (var line in WriterLines(desk.WriterTimes, result))
        {
            Console.WriteLine(line);
        }
    }
}

if (sectioned)
{
    // Where a turn's CPU goes: the same load once more (before the read cache too, when asked), each store call, the
    // knowledge base and the transaction timed on the thread's CPU clock, with the bytes each allocates (the timing
    // itself adds a little).
    foreach (var readCache in before ? new[] { false, true } : [true])
    {
        var sections = new Sections();
        using var desk = new DeskUnderTest(overrides, sections, readCache);
        var result = await new DeskLoad(people, deskWide: false, tick).RunAsync(readCache ? "per conversation, timed" : "before: no read cache, timed", desk, FirstPerson(people));
        Console.WriteLine("sections  " + result);
        foreach (var line in sections.Report(result.Messages))
        {
            Console.WriteLine(line);
        }

        var rest = (sections.MillisecondsOf("turn: work") - sections.MillisecondsOf("store:") - sections.MillisecondsOf("knowledge base:")) / result.Messages;
        var restBytes = (sections.BytesOf("turn: work") - sections.BytesOf("store:") - sections.BytesOf("knowledge base:")) / 1024.0 / result.Messages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"the rest of the turn's work",-34} {"",28}{rest,7:0.000} ms/msg  {restBytes,7:0.0} kB/msg  (understanding, recognizer, dialogue, routing; includes the ticks' own work)"));
        // Under the writer: the hold's own CPU (work after the first write), less the timed parts begun under it.
        var hold = desk.WriterTimes;
        var heldWork = hold.Parts[0].Cpu.TotalMilliseconds;
        var heldRest = heldWork - sections.HeldMillisecondsOf("store:") - sections.HeldMillisecondsOf("knowledge base:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"under the writer: the turn's work",-34} {"",28}{heldWork / result.Messages,7:0.000} ms/msg  of which store calls {sections.HeldMillisecondsOf("store:") / result.Messages:0.000}, knowledge base {sections.HeldMillisecondsOf("knowledge base:") / result.Messages:0.000}, the rest (understanding, recognizer, dialogue, routing) {heldRest / result.Messages:0.000} ms/msg"));
        foreach (var line in WriterLines(hold, result))
        {
            Console.WriteLine(line);
        }

        var outside = result.Cpu.TotalMilliseconds - sections.MillisecondsOf("turn: transaction");
        var outsideBytes = (result.AllocatedBytes - sections.BytesOf("turn: transaction")) / 1024.0 / result.Messages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"outside the transactions",-34} {"",28}{outside / result.Messages,7:0.000} ms/msg  {outsideBytes,7:0.0} kB/msg  (the process's CPU and allocations less the transactions': locks, scheduling, the store's log writer, the garbage collector, the bench's people)"));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average after: {LoadAverage()}"));
return results.All(r => r.Complete) ? 0 : 1;

// The store has one writer: held most of the wall time, it is what caps the messages per second. Where its hold goes,
// per transaction that wrote: wall time, and the holding thread's CPU (wall minus CPU: the holder waited for a core or
// for another thread); and which store call took it first.
static IEnumerable<string> WriterLines(WriterHoldFigures hold, LoadResult result)
{
    var writes = Math.Max(1, hold.Transactions);
    yield return string.Create(CultureInfo.InvariantCulture,
        $"         store writer: {hold.Transactions} transactions wrote, held {hold.Held.TotalMilliseconds / writes:0.000} ms each ({100 * hold.Held / result.Wall:0}% of the pass), waited for {hold.Waited.TotalMilliseconds / writes:0.000} ms each");
    for (var part = 0; part < hold.Parts.Count; part++)
    {
        var (wall, cpu) = hold.Parts[part];
        yield return string.Create(CultureInfo.InvariantCulture,
            $"           {WriterHoldFigures.PartNames[part],-28} {wall.TotalMilliseconds / writes,7:0.000} ms wall  {(hold.CpuMeasured ? (cpu.TotalMilliseconds / writes).ToString("0.000", CultureInfo.InvariantCulture) + " ms CPU" : "")}");
    }

    yield return "           taken first by (share of the transactions, then their work after it: wall, CPU): " + string.Join("; ", hold.FirstWrites
        .Where(f => f.Value.Count > 0).OrderByDescending(f => f.Value.Count)
        .Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Key} {100.0 * f.Value.Count / writes:0}% {f.Value.WorkWall.TotalMilliseconds / f.Value.Count:0.000}/{f.Value.WorkCpu.TotalMilliseconds / f.Value.Count:0.000} ms")));
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
