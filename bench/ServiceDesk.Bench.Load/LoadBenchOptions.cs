using System.Globalization;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// What one run measures: <c>--users 100</c>, <c>--ramp 60</c> (seconds over which everyone starts),
/// <c>--think 2-6</c> (seconds a person takes to answer), <c>--store-tickets 1000000</c> (also measure a
/// large store; 0 skips it), <c>--store litedb|postgres</c> (the bot's store: the LiteDB file, the default, or a
/// throw-away PostgreSQL cluster), <c>--bot PATH</c> (the built ServiceDesk.Bot.dll), and anything after
/// <c>--server-nagle off</c> (Prosody sends small writes at once instead of its default Nagle
/// coalescing), and anything after <c>--</c> passed to the bot (e.g. <c>-- --Dialogue:BurstPause=0</c>).
/// </summary>
internal sealed record LoadBenchOptions(
    int Users, TimeSpan Ramp, TimeSpan ThinkMin, TimeSpan ThinkMax, int StoreTickets, bool ServerNagle, string BotPath, IReadOnlyList<string> BotArguments)
{
    /// <summary><c>litedb</c> or <c>postgres</c>.</summary>
    public string Store { get; init; } = "litedb";

    public static LoadBenchOptions Parse(string[] args)
    {
        var split = Array.IndexOf(args, "--");
        var own = split < 0 ? args : args[..split];
        var botArguments = split < 0 ? [] : args[(split + 1)..];
        string? Value(string name) => Array.IndexOf(own, name) is var i and >= 0 && i + 1 < own.Length ? own[i + 1] : null;
        var think = (Value("--think") ?? "2-6").Split('-');
        return new LoadBenchOptions(
            int.Parse(Value("--users") ?? "50", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Value("--ramp") ?? "60", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(think[0], CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(think[^1], CultureInfo.InvariantCulture)),
            int.Parse(Value("--store-tickets") ?? "0", CultureInfo.InvariantCulture),
            Value("--server-nagle") != "off",
            Value("--bot") ?? FindBot(),
            botArguments) { Store = Value("--store") ?? "litedb" };
    }

    /// <summary>The Release build of the bot, found from this program's folder upwards.</summary>
    private static string FindBot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "bot", "bin", "Release", "net10.0", "ServiceDesk.Bot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Build the bot first: dotnet build -c Release bot (or pass --bot PATH).");
    }
}
