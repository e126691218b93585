using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Text;
using ServiceDesk.Core.Recognition.Tickets;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates;
using ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

namespace ServiceDesk.Bench.Recognition;

/// <summary>
/// Times all recognizers together on typical 20-word chat messages, one thread: a warm-up long
/// enough for the JIT's optimised tiers, then many timed runs; prints the median, the 95th
/// percentile and the bytes allocated per message. Measured the same way in the same run, so the
/// ratios stay meaningful when the machine is shared: the project's former rule engine for dates
/// and numbers (RuleEngine/, replaced by Microsoft.Recognizers.Text and kept here only as this
/// baseline), and folding the message to lower case and splitting it into words.
/// </summary>
internal static class RecognitionBench
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);
    private const int Runs = 5_000;

    private static readonly (string Text, string Culture)[] Messages =
    [
        ("Bonjour, depuis hier 15h Outlook refuse mon mot de passe et je ne peux plus envoyer de mails à mon équipe", "fr-FR"),
        ("L'imprimante du 3e étage ne marche plus depuis ce matin, c'est bloquant pour les 12 personnes du service", "fr-FR"),
        ("Hi, since last Monday the VPN drops every two hours and I lose my session, ticket 42 is still open", "en-US"),
        ("Can someone call me between 2pm and 4pm tomorrow about request 57, the laptop screen flickers a lot", "en-US"),
    ];

    private static readonly ChoiceOption[] Options = [new("Juste moi", ["only me"]), new("Mon équipe", ["the team"]), new("Tout le monde", ["everyone"])];

    private static readonly DateTime Reference = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    public static int Run(TextWriter output)
    {
        var words = Messages.Average(m => m.Text.Split(' ').Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recognizing {Messages.Length} chat messages of {words:0} words on average, all recognizers, one thread, {Environment.ProcessorCount} cores, load {Load()}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first message (builds the library's FR and EN date and number models once): {FirstCall().TotalMilliseconds:0} ms"));
        var recognize = Measure(Recognize);
        var rules = Measure(RecognizeWithRules);
        var since = Measure(m => DateTimeRecognizer.SinceWhen(m.Text, m.Culture, Reference) is null ? 0 : 1);
        var baseline = Measure(Baseline);
        var scan = Measure(OneScan);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recognize (Microsoft.Recognizers.Text): {recognize}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline recognize (former rule engine for dates and numbers): {rules}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"what a describing turn runs (since-when: the date model only): {since}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (fold + split into words): {baseline}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (one compiled regex pass listing the words): {scan}"));
        foreach (var (name, part) in Parts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which {name}: {Measure(part)}"));
        }

        var again = Measure(Recognize);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recognize, measured again after the parts: {again}"));
        OddInputBench.Run(output);
        FirstMessageBench.Run(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio of medians: {recognize.Median / rules.Median:0.0}x the former rule engine, {recognize.Median / baseline.Median:0}x fold + split, {recognize.Median / scan.Median:0.0}x one regex pass"));
        return 0;
    }

    // Each measure reads texts no other measure read: the library keeps number results per text, and a measure run on
    // texts an earlier one read would time that cache.
    private static int nextTexts;

    private static Timing Measure(Func<(string Text, string Culture), int> work)
    {
        var first = nextTexts += 10_000_000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < WarmUp; i++) work(Unique(first + i));
        var samples = new double[Runs];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Runs; i++)
        {
            var message = Unique(first + 5_000_000 + i);
            var start = Stopwatch.GetTimestamp();
            work(message);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Array.Sort(samples);
        return new Timing(samples[Runs / 2], samples[(int)(Runs * 0.95)], samples[Runs / 10], allocated / Runs);
    }

    /// <summary>
    /// A message made different each time by a last word ("merci-12345"): the library keeps recent results per text
    /// in a memory cache, and the same four texts again and again would measure only that cache.
    /// </summary>
    private static (string Text, string Culture) Unique(int i)
    {
        var (text, culture) = Messages[i % Messages.Length];
        return (string.Create(CultureInfo.InvariantCulture, $"{text} merci-{i}"), culture);
    }

    private static readonly (string Name, Func<(string Text, string Culture), int> Part)[] Parts =
    [
        ("dates", m => DateTimeRecognizer.Recognize(m.Text, m.Culture, Reference).Count),
        ("dates, the library's model alone (without the project's shortcuts)", m => DateTimeRecognizer.RecognizeAsTheLibrary(m.Text, m.Culture, Reference).Count),
        ("dates, former rule engine", m => RuleDateTimeRecognizer.Recognize(m.Text, m.Culture, Reference).Count),
        ("numbers", m => NumberRecognizer.Recognize(m.Text, m.Culture).Count),
        ("numbers, former rule engine", m => RuleNumberRecognizer.Recognize(m.Text, m.Culture).Count),
        ("tickets", m => TicketReferenceRecognizer.Find(m.Text).Count),
        ("yes/no", m => YesNoRecognizer.Recognize(m.Text, m.Culture) is null ? 0 : 1),
        ("choices", m => ChoiceRecognizer.Recognize(m.Text, Options, m.Culture) is null ? 0 : 1),
    ];

    private static int Recognize((string Text, string Culture) message)
    {
        var found = DateTimeRecognizer.Recognize(message.Text, message.Culture, Reference).Count;
        found += NumberRecognizer.Recognize(message.Text, message.Culture).Count;
        found += TicketReferenceRecognizer.Find(message.Text).Count;
        found += YesNoRecognizer.Recognize(message.Text, message.Culture) is null ? 0 : 1;
        found += ChoiceRecognizer.Recognize(message.Text, Options, message.Culture) is null ? 0 : 1;
        return found;
    }

    private static int RecognizeWithRules((string Text, string Culture) message)
    {
        var found = RuleDateTimeRecognizer.Recognize(message.Text, message.Culture, Reference).Count;
        found += RuleNumberRecognizer.Recognize(message.Text, message.Culture).Count;
        found += TicketReferenceRecognizer.Find(message.Text).Count;
        found += YesNoRecognizer.Recognize(message.Text, message.Culture) is null ? 0 : 1;
        found += ChoiceRecognizer.Recognize(message.Text, Options, message.Culture) is null ? 0 : 1;
        return found;
    }

    private static TimeSpan FirstCall()
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var message in Messages) Recognize(message);
        return Stopwatch.GetElapsedTime(start);
    }

    private static int Baseline((string Text, string Culture) message) =>
        TextNormalizer.Normalize(message.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static int OneScan((string Text, string Culture) message) => Word.Count(message.Text);

    private static readonly System.Text.RegularExpressions.Regex Word = new(@"\p{L}+|\d+", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private sealed record Timing(double Median, double P95, double P10, long BytesPerMessage)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"median {Median:0.0} µs, p95 {P95:0.0} µs, p10 {P10:0.0} µs, {BytesPerMessage} bytes allocated per message over {Runs} runs");
    }
}
