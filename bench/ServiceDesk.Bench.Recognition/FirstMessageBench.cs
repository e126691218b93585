using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Recognition.Library;

namespace ServiceDesk.Bench.Recognition;

/// <summary>
/// The date reading of a person's first message, the largest single cost of a turn: the project's model (with the
/// number prefilter) against the library's model alone, same texts, same run, one thread, each text made new on each
/// call. Includes the texts whose cost grew faster than their length ("à chaque fois" repeated, long words).
/// </summary>
internal static class FirstMessageBench
{
    private const int Runs = 400;

    private static readonly DateTime Reference = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    private static readonly (string Name, string Text, string Culture)[] Texts =
    [
        ("desk bench first message (FR, 120 chars)", "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-1234", "fr-FR"),
        ("\"à chaque fois\" x1", "ça plante à chaque fois", "fr-FR"),
        ("\"à chaque fois\" x4", "ça plante à chaque fois, à chaque fois, à chaque fois et à chaque fois", "fr-FR"),
        ("\"aaaaaaa\" x16", string.Join(' ', Enumerable.Repeat("aaaaaaa", 16)), "fr-FR"),
        ("since-when with a date (FR)", "Bonjour, depuis le lundi 3 octobre, à 14h, le VPN se coupe toutes les deux heures sur LT-204", "fr-FR"),
        ("oui", "oui", "fr-FR"),
        ("first message (EN)", "Hi, since last Monday, around 3pm, Outlook says wrong password every time, nothing changed, I'm on PC-1234", "en-US"),
    ];

    public static void Run(TextWriter output)
    {
        output.WriteLine("date reading of one message, µs of one thread (median of new texts): the library's model alone, the project's without the memo of one reading (number prefilter, repeat idiom), and with the memo too:");
        foreach (var french in new[] { true, false })
        {
            var (fields, extractors, groups) = LibraryModels.MemoInstalled(french);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  memo ({(french ? "FR" : "EN")} model): {fields} fields hold {extractors} distinct sub-extractors, in {groups} groups of identical configuration"));
        }

        foreach (var (name, text, culture) in Texts)
        {
            var library = Measure(i => DateTimeRecognizer.RecognizeAsTheLibrary(New(text, i), culture, Reference).Count);
            var prefiltered = Measure(i => DateTimeRecognizer.RecognizeWithoutMemo(New(text, i), culture, Reference).Count);
            var (hits, misses) = ExtractorMemo.Counts;
            var project = Measure(i => DateTimeRecognizer.Recognize(New(text, i), culture, Reference).Count);
            var (hitsAfter, missesAfter) = ExtractorMemo.Counts;
            var readings = Runs + (Runs / 4);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}: library alone {library:0} µs, prefiltered {prefiltered:0} µs, + memo {project:0} µs ({prefiltered / project:0.00}x the prefiltered, {library / project:0.0}x the library; sub-extractor calls per reading: {(double)(hitsAfter - hits) / readings:0.#} from the memo, {(double)(missesAfter - misses) / readings:0.#} run)"));
        }
    }

    private static string New(string text, int i) => string.Create(CultureInfo.InvariantCulture, $"{text} merci-{i}");

    // New texts for each measure: the library keeps number results per text (see RecognitionBench).
    private static int nextTexts = 500_000_000;

    private static double Measure(Func<int, int> work)
    {
        var first = nextTexts += 1_000_000;
        for (var i = 0; i < Runs / 4; i++) work(first + 500_000 + i);
        var samples = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            work(first + i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples[Runs / 2];
    }
}
