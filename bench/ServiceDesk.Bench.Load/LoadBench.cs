using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// The Monday-morning benchmark: a local Prosody, N staff accounts, the bot as its own process and an echo
/// account; the same conversations against the echo (the floor) and against the bot; then the figures.
/// </summary>
internal static class LoadBench
{
    private const string Password = "bench-secret";

    public static async Task<int> RunAsync(LoadBenchOptions options, TextWriter output)
    {
        output.WriteLine(Invariant($"Load bench: {options.Users} staff, ramp {options.Ramp.TotalSeconds:0} s, think {options.ThinkMin.TotalSeconds:0.#}-{options.ThinkMax.TotalSeconds:0.#} s, {Environment.ProcessorCount} cores, Prosody Nagle {(options.ServerNagle ? "on (default)" : "off")}, bot arguments: [{string.Join(' ', options.BotArguments)}], load average {LoadAverage()}, {TimeProvider.System.GetLocalNow():yyyy-MM-dd HH:mm}"));
        await using var server = await ProsodyServer.StartAsync([("servicedesk", Password), ("echo", Password)], CancellationToken.None).ConfigureAwait(false);
        if (!options.ServerNagle)
        {
            await DisableNagleAsync(server).ConfigureAwait(false);
        }

        var users = Enumerable.Range(1, options.Users).Select(i => (User: Invariant($"staff{i:00000}"), Password)).ToList();
        await CreateAccountsAsync(server, users, output).ConfigureAwait(false);

        await using var store = await BenchStore.CreateAsync(options.Store, server.Directory).ConfigureAwait(false);
        output.WriteLine(Invariant($"Store: {options.Store}"));
        if (options.StoreTickets > 0)
        {
            await StoreBench.SeedAsync(store, options.StoreTickets, options.Users, output).ConfigureAwait(false);
        }

        var startedAt = Stopwatch.GetTimestamp();
        await using var bot = BotProcess.Start(options.BotPath, BotArguments(server, store, options), store.BotEnvironment());
        await bot.WaitOnlineAsync(TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        output.WriteLine(Invariant($"Bot start-up to online: {Stopwatch.GetElapsedTime(startedAt).TotalSeconds:0.00} s (PID {bot.Id})"));
        // Start-up ends when the recognizer is built and warmed: the CPU spent until then is the bot's start-up, apart
        // from what each message costs.
        var startUpCpu = await bot.WaitReadyAsync(TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        var startUp = new StartUp(Stopwatch.GetElapsedTime(startedAt), startUpCpu);
        output.WriteLine(Invariant($"Bot ready (recognizer built and warmed): {startUp.Elapsed.TotalSeconds:0.00} s after start, CPU until then {startUp.Cpu.TotalSeconds:0.00} s"));
        await using var echo = new EchoAccount(server, "echo", Password);
        var staff = await ConnectAsync(server, users, output).ConfigureAwait(false);
        try
        {
            if (options.StoreTickets > 0)
            {
                await StoreBench.MeasureStatusAsync(options.Store, staff, server, output).ConfigureAwait(false);
            }

            var run = new ScenarioRun(staff, options);
            var baseline = await run.RunAsync(new ChannelAddress("xmpp", server.Jid("echo")), echo: true).ConfigureAwait(false);
            var received = staff.Sum(s => s.ReceivedCount);
            var cpu = bot.CpuTime;
            var idle = cpu - startUp.Cpu;
            await using var threads = ThreadCpu.Start(bot.Id);
            output.WriteLine(Invariant($"Bot phase starts: {TimeProvider.System.GetLocalNow():HH:mm:ss}"));
            var desk = await run.RunAsync(new ChannelAddress("xmpp", server.Jid("servicedesk")), echo: false).ConfigureAwait(false);
            var botCpu = bot.CpuTime - cpu;
            var byThread = await threads.StopAsync().ConfigureAwait(false);
            var botReceived = staff.Sum(s => s.ReceivedCount) - received;
            var peak = bot.PeakMemoryBytes;
            var errors = bot.Errors;
            await bot.DisposeAsync().ConfigureAwait(false);
            Report.Print(output, baseline, desk, new BotCpu(startUp, idle, botCpu), botReceived, peak, errors);
            Report.PrintThreads(output, byThread, desk.MessagesSent);
            Report.PrintSwitches(output, threads.Switches, desk.MessagesSent);
            await Report.PrintStoreAsync(output, store, options.StoreTickets > 0).ConfigureAwait(false);
            output.WriteLine(Invariant($"Load average at the end: {LoadAverage()} (the machine is shared: other processes' load slows every figure)"));
            return desk.Completed == options.Users && baseline.Completed == options.Users ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(staff.Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
        }
    }

    /// <summary>Prosody 0.12 coalesces small writes (Nagle) unless told otherwise; restarts it with TCP_NODELAY.</summary>
    private static async Task DisableNagleAsync(ProsodyServer server)
    {
        var config = Path.Combine(server.Directory, "prosody.cfg.lua");
        await server.StopAsync().ConfigureAwait(false);
        await File.WriteAllTextAsync(config, "network_settings = { nagle = false }\n" + await File.ReadAllTextAsync(config).ConfigureAwait(false)).ConfigureAwait(false);
        await server.StartAgainAsync().ConfigureAwait(false);
    }

    private static IEnumerable<string> BotArguments(ProsodyServer server, BenchStore store, LoadBenchOptions options) =>
    [
        $"--Xmpp:Jid={server.Jid("servicedesk")}", $"--Xmpp:Password={Password}", $"--Xmpp:Host={server.Host}",
        Invariant($"--Xmpp:Port={server.Port}"), $"--Xmpp:TrustedCertificate={server.CertificatePath}",
        .. store.BotArguments(), "--Console:Enabled=false", "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:ServiceDesk.Adapters.Xmpp.Connection=Information",
        "--Logging:LogLevel:ServiceDesk.Bot.RecognizerWarmUpService=Information", .. options.BotArguments,
    ];

    private static async Task CreateAccountsAsync(ProsodyServer server, List<(string User, string Password)> users, TextWriter output)
    {
        var one = Stopwatch.GetTimestamp();
        await server.RegisterAsync("probe", Password).ConfigureAwait(false);
        var perAccount = Stopwatch.GetElapsedTime(one);
        var files = Stopwatch.GetTimestamp();
        await ProsodyAccountFiles.WriteAsync(server, users, CancellationToken.None).ConfigureAwait(false);
        output.WriteLine(Invariant(
            $"Accounts: {users.Count} written as Prosody account files in {Stopwatch.GetElapsedTime(files).TotalSeconds:0.00} s; one 'prosodyctl register' takes {perAccount.TotalSeconds:0.00} s (≈ {perAccount.TotalSeconds * users.Count:0} s for all)"));
    }

    /// <summary>People logged in at once: a thousand TLS and SCRAM logins at the same moment overwhelm Prosody on 2 cores.</summary>
    private const int LoginWave = 100;

    /// <summary>
    /// Logs everyone in, a wave of <see cref="LoginWave"/> at a time, and proves each session works with a round trip to
    /// the echo account, asked again (a message sent before the session was up is lost) until it comes back or the
    /// limit passes. At 1,000 people all at once, a quarter were still not online after 3 minutes on a loaded machine.
    /// </summary>
    private static async Task<List<StaffMember>> ConnectAsync(ProsodyServer server, List<(string User, string Password)> users, TextWriter output)
    {
        var started = Stopwatch.GetTimestamp();
        var echo = new ChannelAddress("xmpp", server.Jid("echo"));
        var limit = TimeSpan.FromMinutes(10);
        var staff = new List<StaffMember>(users.Count);
        var online = 0;
        foreach (var wave in users.Chunk(LoginWave))
        {
            var members = wave.Select(u => new StaffMember(server, u.User, u.Password)).ToList();
            staff.AddRange(members);
            var answered = await Task.WhenAll(members.Select(async member =>
            {
                while (Stopwatch.GetElapsedTime(started) < limit)
                {
                    if (await member.AskAsync(echo, "ping", "ping", TimeSpan.FromSeconds(20)).ConfigureAwait(false) is not null)
                    {
                        return true;
                    }
                }

                return false;
            })).ConfigureAwait(false);
            online += answered.Count(a => a);
        }

        output.WriteLine(Invariant($"Staff online: {online}/{staff.Count} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s (logged in {LoginWave} at a time)"));
        return staff;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How long the bot took to be ready (online, recognizer built and warmed) and the CPU it spent until then.</summary>
internal sealed record StartUp(TimeSpan Elapsed, TimeSpan Cpu);

/// <summary>The bot's CPU time, split: start-up, idle while the echo phase ran, and the bot phase (the messages).</summary>
internal sealed record BotCpu(StartUp StartUp, TimeSpan Idle, TimeSpan Messages)
{
    public TimeSpan Total => StartUp.Cpu + Idle + Messages;
}
