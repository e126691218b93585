using System.Diagnostics;
using System.Globalization;
using System.Text;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Bench.Recognition;

/// <summary>
/// Times all recognizers on input a chat channel may still deliver: empty, control characters,
/// right-to-left and mixed scripts, emoji, one 10,000-character word, 100 kB of text. Prints the
/// best and worst of a few runs of each, after one untimed run (first calls compile code paths
/// the chat messages did not reach); nothing here may throw.
/// </summary>
internal static class OddInputBench
{
    private const int Runs = 5;

    private static readonly DateTime Reference = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    private static readonly ChoiceOption[] Options = [new("Juste moi", []), new("Mon équipe", []), new("Tout le monde", [])];

    public static void Run(TextWriter output)
    {
        foreach (var (name, text) in Inputs())
        {
            RecognizeAll(text);
            var worst = TimeSpan.Zero;
            var best = TimeSpan.MaxValue;
            for (var i = 0; i < Runs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                RecognizeAll(text);
                var elapsed = Stopwatch.GetElapsedTime(start);
                if (elapsed > worst) worst = elapsed;
                if (elapsed < best) best = elapsed;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"odd input {name,-34} ({text.Length,7} chars): best {best.TotalMilliseconds,8:0.000} ms, worst {worst.TotalMilliseconds,8:0.000} ms, all recognizers, FR and EN"));
        }
    }

    private static IEnumerable<(string Name, string Text)> Inputs()
    {
        yield return ("empty", string.Empty);
        yield return ("control characters", "\0\u0001\u0002\u001b[31m\u007f depuis\u0000hier\u0007 15h");
        yield return ("right-to-left and mixed scripts", "שלום \u202Eמחר בשעה 15\u202C العربية 日本語 2024年3月13日 русский depuis hier");
        yield return ("emoji", string.Concat(Enumerable.Repeat("🔥😡👍🏽 🖨️❌ depuis hier 🙏 ", 20)));
        yield return ("one 10,000-character word", new string('a', 5_000) + new string('9', 5_000));
        yield return ("100 kB of chat text", HundredKilobytes());
    }

    private static string HundredKilobytes()
    {
        var builder = new StringBuilder();
        while (builder.Length < 100_000) builder.Append("Depuis hier 15h le ticket 42 bloque 3 personnes entre 14h et 16h, since last Monday. ");
        return builder.ToString();
    }

    private static void RecognizeAll(string text)
    {
        foreach (var culture in new[] { "fr-FR", "en-US" })
        {
            _ = DateTimeRecognizer.Recognize(text, culture, Reference);
            _ = DateTimeRecognizer.SinceWhen(text, culture, Reference);
            _ = NumberRecognizer.Recognize(text, culture);
            _ = YesNoRecognizer.Recognize(text, culture);
            _ = ChoiceRecognizer.Recognize(text, Options, culture);
        }

        _ = TicketReferenceRecognizer.Find(text);
    }
}
