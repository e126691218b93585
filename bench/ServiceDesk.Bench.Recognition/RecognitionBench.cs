using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Numbers;
using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Bench.Recognition;

/// <summary>
/// Times all recognizers together on typical 20-word chat messages, one thread: warm-up, then
/// many timed runs; prints the median and 95th percentile per message.
/// </summary>
internal static class RecognitionBench
{
    private const int WarmUp = 2_000;
    private const int Runs = 20_000;

    private static readonly (string Text, string Culture)[] Messages =
    [
        ("Bonjour, depuis hier 15h Outlook refuse mon mot de passe et je ne peux plus envoyer de mails à mon équipe", "fr-FR"),
        ("L'imprimante du 3e étage ne marche plus depuis ce matin, c'est bloquant pour les 12 personnes du service", "fr-FR"),
        ("Hi, since last Monday the VPN drops every two hours and I lose my session, ticket 42 is still open", "en-US"),
        ("Can someone call me between 2pm and 4pm tomorrow about request 57, the laptop screen flickers a lot", "en-US"),
    ];

    private static readonly ChoiceOption[] Options = [new("Juste moi", ["only me"]), new("Mon équipe", ["the team"]), new("Tout le monde", ["everyone"])];

    public static int Run(TextWriter output)
    {
        var reference = new DateTime(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);
        var words = Messages.Average(m => m.Text.Split(' ').Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Recognizing {Messages.Length} chat messages of {words:0} words on average, all recognizers, one thread."));
        for (var i = 0; i < WarmUp; i++) Recognize(Messages[i % Messages.Length], reference);
        var samples = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Recognize(Messages[i % Messages.Length], reference);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {samples[Runs / 2]:0.0} µs, p95 {samples[(int)(Runs * 0.95)]:0.0} µs, max {samples[^1]:0.0} µs over {Runs} runs"));
        return 0;
    }

    private static int Recognize((string Text, string Culture) message, DateTime reference)
    {
        var found = DateTimeRecognizer.Recognize(message.Text, message.Culture, reference).Count;
        found += NumberRecognizer.Recognize(message.Text, message.Culture).Count;
        found += TicketReferenceRecognizer.Find(message.Text).Count;
        found += YesNoRecognizer.Recognize(message.Text, message.Culture) is null ? 0 : 1;
        found += ChoiceRecognizer.Recognize(message.Text, Options, message.Culture) is null ? 0 : 1;
        return found;
    }
}
