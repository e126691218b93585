using System.Globalization;
using System.Text;
using System.Text.Json;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Library;
using ServiceDesk.Core.Recognition.Tests.Eval;

namespace ServiceDesk.Core.Recognition.Tests.Dates;

/// <summary>
/// The number prefilter in front of the date model (Library/NumberPrefilter.cs) and the memo of one reading's
/// sub-extractor answers (Library/ExtractorMemo.cs) must change the CPU, never a result: the project's reading is
/// compared, result for result (text, offsets, type, every resolution), with the library's own model read without
/// them, on every input of the public suites and on a generated corpus of chat first messages (with and without
/// repeats such as "à chaque fois", "tous les matins", "every time", "each Monday").
/// </summary>
public sealed class DateTimeIdentityTests
{
    private static readonly DateTime Now = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    // English has no number pattern long enough to be worth a twin (its cost is spread over the date patterns), so only
    // the French model gets one.
    [Fact]
    public void Prefilter_IsInTheProjectsModelOnly()
    {
        Assert.True(LibraryModels.IsPrefiltered(french: true, library: false));
        Assert.False(LibraryModels.IsPrefiltered(french: true, library: true));
        Assert.False(LibraryModels.IsPrefiltered(french: false, library: true));
    }

    [Fact]
    public void Memo_IsInTheProjectsModelOnly()
    {
        Assert.True(LibraryModels.IsMemoized(french: true, library: false));
        Assert.True(LibraryModels.IsMemoized(french: false, library: false));
        Assert.False(LibraryModels.IsMemoized(french: true, library: true));
        Assert.False(LibraryModels.IsMemoized(french: false, library: true));
    }

    // The library builds each sub-extractor anew in every configuration that holds one (more than a hundred per
    // culture); those with the same configuration graph are one group (about a dozen kinds), and only those.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Memo_GroupsTheLibrarysCopiesOfEachExtractor(bool french)
    {
        var (fields, extractors, groups) = LibraryModels.MemoInstalled(french);
        Assert.True(extractors >= 100, $"{extractors} extractors");
        Assert.True(fields >= extractors, $"{fields} fields for {extractors} extractors");
        Assert.InRange(groups, 9, 20);
    }

    // What the memo is for: the library asks the same (kind of) extractor about the same text several times in one
    // reading; "tous les" and "every" make the repeat extractor read the text again without them.
    [Theory]
    [InlineData("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » tous les matins, rien n'a changé, je suis sur PC-1234", "fr-FR")]
    [InlineData("Hi, since last Monday, around 3pm, Outlook says wrong password every morning, nothing changed, I'm on PC-1234", "en-US")]
    public void Memo_AnswersRepeatedQuestionsOfOneReading(string text, string culture)
    {
        var (hits, misses) = ExtractorMemo.Counts;
        DateTimeRecognizer.Recognize(text, culture, Now);
        var (hitsAfter, missesAfter) = ExtractorMemo.Counts;
        Assert.True(hitsAfter - hits > missesAfter - misses, $"{hitsAfter - hits} answers from the memo, {missesAfter - misses} from the library");
    }

    // Outside a reading the wrappers only delegate: nothing is remembered between messages.
    [Fact]
    public void Memo_KeepsNothingOutsideAReading()
    {
        var (hits, _) = ExtractorMemo.Counts;
        LibraryModels.ParseOutsideAReading(french: true, "depuis lundi à chaque fois", Now);
        LibraryModels.ParseOutsideAReading(french: true, "depuis lundi à chaque fois", Now);
        Assert.Equal(hits, ExtractorMemo.Counts.Hits);
    }

    // The claim the prefilter rests on: a twin finds a match exactly when its pattern finds one.
    [Fact]
    public void Twins_MatchExactlyWhenTheirPatternsMatch()
    {
        var twins = LibraryModels.Twins(french: true);
        Assert.NotEmpty(twins);
        var texts = ChatCorpus.Generate(seed: 71, count: 400).SelectMany(m => new[] { m.Text, m.Text.ToLowerInvariant() })
            .Concat(["le deuxième jour", "vingt et unième", "la semaine prochaine", "le premier lundi", "trois cent douze", "une douzaine", "dernier", "1er", "mille deux cents"]);
        var differences = new List<string>();
        foreach (var text in texts)
        {
            foreach (var (pattern, twin) in twins)
            {
                if (pattern.IsMatch(text) != twin.IsMatch(text)) differences.Add($"\"{text}\": {pattern.ToString()[..60]}…");
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Theory]
    [InlineData("french", "DateTimeModel.json")]
    [InlineData("french", "DurationParser.json")]
    [InlineData("english", "DateTimeModel.json")]
    [InlineData("english", "DurationParser.json")]
    public void PublicSuite_SameResultsAsTheLibraryAlone(string language, string file)
    {
        var culture = language == "french" ? "fr-FR" : "en-US";
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(EvalFolder.Locate(), language, file)));
        var compared = 0;
        var differences = new List<string>();

        // The library swallows some exceptions while parsing: a wrapper it cannot cast to the class it expects (the memo's
        // wrappers are all named Memo...) would show only as a missing result. Watch for that cast failing on the way.
        var casts = new List<string>();
        void Watch(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is InvalidCastException && e.Exception.Message.Contains("'Memo", StringComparison.Ordinal)) lock (casts) casts.Add(e.Exception.Message);
        }

        AppDomain.CurrentDomain.FirstChanceException += Watch;
        try
        {
            foreach (var item in json.RootElement.EnumerateArray())
            {
                var input = item.GetProperty("Input").GetString() ?? string.Empty;
                var reference = item.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var at)
                    ? DateTime.Parse(at.GetString()!, CultureInfo.InvariantCulture)
                    : Now;
                Compare(input, culture, reference, differences);
                compared++;
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Watch;
        }

        Assert.True(compared > 20, $"only {compared} cases read");
        Assert.True(casts.Count == 0, string.Join("\n", casts.Distinct().Take(5)));
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    [Fact]
    public void ChatCorpus_SameResultsAsTheLibraryAlone()
    {
        var corpus = ChatCorpus.Generate(seed: 17, count: 3_200).Concat(ChatCorpus.WithRepeats(seed: 29, count: 1_200)).ToList();
        Assert.True(corpus.Count >= 4_000);
        Assert.Contains(corpus, m => m.Text.Contains("à chaque fois", StringComparison.Ordinal));
        Assert.Contains(corpus, m => m.Text.Contains("each Monday", StringComparison.Ordinal));
        Assert.Contains(corpus, m => m.Culture == "fr-FR");
        Assert.Contains(corpus, m => m.Culture == "en-US");
        var differences = new List<string>();
        var withDates = 0;
        foreach (var (text, culture) in corpus)
        {
            if (Compare(text, culture, Now, differences) > 0) withDates++;
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
        Assert.True(withDates > corpus.Count / 2, $"only {withDates} of {corpus.Count} messages hold a date: the corpus does not test much");
    }

    // "À chaque fois" is not read as the start of a repeat in the project's reading (ChatMasks.RepeatIdiom): the
    // same results as the library's, which reads it, with the words right beside dates, times, durations and real
    // repeats, before and after them. English "every time", "each time" are read as the library reads them (blanking
    // "every" there moved the start of a time range: "every time between 2pm and 4pm"): they stay here to keep it so.
    [Fact]
    public void RepeatIdioms_SameResultsAsTheLibraryAlone()
    {
        string[] frenchIdioms = ["à chaque fois", "chaque fois", "A CHAQUE FOIS", "à chaque fois que", "chaque fois qu'il"];
        string[] frenchDates = ["depuis lundi", "lundi", "depuis 10h", "10h30", "depuis hier 15h", "le 3 mars", "depuis deux jours", "il y a 2 heures",
            "tous les matins", "chaque lundi", "le matin", "à 9h", "entre 14h et 16h", "depuis la mise à jour de mardi", "la semaine dernière", "3 fois par jour", "deux fois"];
        string[] englishIdioms = ["every time", "each time", "Every Time", "every times", "each time that"];
        string[] englishDates = ["since Monday", "Monday", "since 10am", "at 3pm", "since yesterday 3pm", "on March 3", "for two days", "2 hours ago",
            "every morning", "each Monday", "in the morning", "at 9", "between 2pm and 4pm", "last week", "3 times a day", "twice"];
        var texts = new List<(string, string)>();
        foreach (var (idioms, dates, culture, word) in new[] { (frenchIdioms, frenchDates, "fr-FR", "Outlook plante"), (englishIdioms, englishDates, "en-US", "Outlook crashes") })
        {
            foreach (var idiom in idioms)
            {
                foreach (var date in dates)
                {
                    texts.Add(($"{word} {idiom} {date}", culture));
                    texts.Add(($"{date} {idiom}", culture));
                    texts.Add(($"{word} {date}, {idiom}, {date}", culture));
                    texts.Add(($"{idiom} {date} {word}", culture));
                }
            }
        }

        var differences = new List<string>();
        foreach (var (text, culture) in texts)
        {
            Compare(text, culture, Now, differences);
        }

        Assert.True(texts.Count > 600, $"{texts.Count} texts");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    // What the blank saves: with "à chaque fois" the library's extractors answer no more questions than without it (the
    // repeat extractor's second reading, as long as the first, is not run), where "tous les matins" still costs one.
    [Theory]
    [InlineData("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » {0}, rien n'a changé, je suis sur PC-1234", "à chaque fois")]
    [InlineData("Excel se ferme {0} que j'ouvre un fichier partagé, depuis hier 15h", "chaque fois")]
    public void RepeatIdioms_AreNotReadASecondTime(string template, string idiom)
    {
        const string culture = "fr-FR";
        int Questions(string text)
        {
            var (_, misses) = ExtractorMemo.Counts;
            DateTimeRecognizer.Recognize(text, culture, Now);
            return (int)(ExtractorMemo.Counts.Misses - misses);
        }

        var without = Questions(string.Format(CultureInfo.InvariantCulture, template, "hélas"));
        var withIdiom = Questions(string.Format(CultureInfo.InvariantCulture, template, idiom));
        var withRepeat = Questions(string.Format(CultureInfo.InvariantCulture, template, "tous les matins"));
        Assert.Equal(without, withIdiom);
        Assert.True(withRepeat > without + without / 2, $"{withRepeat} questions with a real repeat, {without} without");
    }

    private static int Compare(string text, string culture, DateTime reference, List<string> differences)
    {
        var project = DateTimeRecognizer.Recognize(text, culture, reference);
        var library = DateTimeRecognizer.RecognizeAsTheLibrary(text, culture, reference);
        var a = Describe(project);
        var b = Describe(library);
        if (a != b) differences.Add($"{culture} \"{text}\"\n  project: {a}\n  library: {b}");
        return library.Count;
    }

    private static string Describe(IReadOnlyList<DateTimeResult> results)
    {
        var text = new StringBuilder();
        foreach (var r in results)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{r.Text}|{r.Start}|{r.End}|{r.TypeName}");
            foreach (var v in r.Values) text.Append(CultureInfo.InvariantCulture, $"|{v.Timex};{v.Type};{v.Value};{v.Start};{v.End};{v.Mod}");
            text.Append(']');
        }

        return text.ToString();
    }
}
