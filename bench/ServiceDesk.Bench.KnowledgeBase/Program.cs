using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Bench.KnowledgeBase;
using ServiceDesk.KnowledgeBase;

// Search speed and memory of the knowledge base at 10,000 articles, and search quality of each
// typo tolerance mode on the real articles. Run: dotnet run -c Release --project bench/ServiceDesk.Bench.KnowledgeBase
const int ArticleCount = 10_000;
const int WarmUp = 300;
const int Runs = 1_000;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var articlesFolder = KnowledgeBaseLoader.LocateArticlesFolder(AppContext.BaseDirectory)
    ?? throw new DirectoryNotFoundException("knowledgebase/articles not found above the bench output");
var repositoryRoot = Path.GetFullPath(Path.Combine(articlesFolder, "..", ".."));
var evaluation = Path.Combine(repositoryRoot, "tests", "ServiceDesk.KnowledgeBase.Tests", "Evaluation");
var real = KnowledgeBaseLoader.ReadArticles(articlesFolder).Articles;
var sets = new[] { "kb-eval.jsonl", "kb-eval-holdout.jsonl", "kb-eval-paraphrase.jsonl" }
    .ToDictionary(name => name, name => LabelledSet.Read(Path.Combine(evaluation, name)));
var unrelated = LabelledSet.Read(Path.Combine(evaluation, "unrelated.jsonl"));
var queries = sets.Values.SelectMany(s => s).ToList();

Console.WriteLine($"Knowledge base bench: {real.Count} real article versions, {queries.Count} labelled phrasings, {Environment.ProcessorCount} cores");
Console.WriteLine();
Console.WriteLine("Quality on the real articles (recall@1 / recall@3; unrelated sentences that got an answer):");
foreach (var mode in Enum.GetValues<TypoTolerance>())
{
    using var index = new KnowledgeIndex(real, KnowledgeSearchOptions.Default with { TypoTolerance = mode });
    var cells = sets.Select(s => $"{s.Key.Replace(".jsonl", "", StringComparison.Ordinal)} {Recall(index, s.Value)}");
    var answered = unrelated.Count(u => index.Search(u.Text, u.Language).Count > 0);
    Console.WriteLine($"  {mode,-15} {string.Join(" | ", cells)} | unrelated {answered}/{unrelated.Count}");
}

var generated = ArticleVariants.Generate(real, ArticleCount);
Console.WriteLine();
Console.WriteLine($"Speed and memory with {generated.Count:N0} generated articles:");
foreach (var mode in new[] { TypoTolerance.Fuzzy, TypoTolerance.None, TypoTolerance.NGrams })
{
    var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
    var workingSetBefore = Environment.WorkingSet;
    var build = Stopwatch.StartNew();
    using var index = new KnowledgeIndex(generated, KnowledgeSearchOptions.Default with { TypoTolerance = mode });
    build.Stop();
    var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
    var workingSetAfter = Environment.WorkingSet;

    LatencyStats.Measure(queries.Select(q => q.Text).ToList(), WarmUp, q => index.Search(q, "fr"));
    var search = LatencyStats.Measure(queries.Select(q => q.Text + "\u0001" + q.Language).ToList(), Runs, Search(index));
    var throughput = Throughput(index, queries);

    Console.WriteLine($"  {mode}{(mode == KnowledgeSearchOptions.Default.TypoTolerance ? " (default)" : "")}:");
    Console.WriteLine($"    index build        {build.Elapsed.TotalMilliseconds:0} ms ({index.Count:N0} documents)");
    Console.WriteLine($"    managed memory     {Mb(managedBefore)} -> {Mb(managedAfter)} MB (+{Mb(managedAfter - managedBefore)} MB)");
    Console.WriteLine($"    working set        {Mb(workingSetBefore)} -> {Mb(workingSetAfter)} MB (+{Mb(workingSetAfter - workingSetBefore)} MB)");
    Console.WriteLine($"    search (1 thread)  {search}");
    Console.WriteLine($"    search ({Environment.ProcessorCount} threads) {throughput:0} searches/s");
    if (mode == KnowledgeSearchOptions.Default.TypoTolerance)
    {
        var adds = real.Select((a, i) => a with { Id = $"{a.Id}-added{i}" }).ToList();
        var next = 0;
        var add = LatencyStats.Measure(adds.Select(a => a.Id).ToList(), adds.Count, _ => index.Add(adds[next++]));
        Console.WriteLine($"    add one article    {add}");
    }
}

static Action<string> Search(KnowledgeIndex index) => packed =>
{
    var parts = packed.Split('\u0001');
    index.Search(parts[0], parts[1]);
};

static double Throughput(KnowledgeIndex index, IReadOnlyList<(string Text, string Language, string Expected)> queries)
{
    var threads = Environment.ProcessorCount;
    var watch = Stopwatch.StartNew();
    Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
    {
        for (var i = 0; i < Runs; i++)
        {
            var q = queries[(i + (t * 37)) % queries.Count];
            index.Search(q.Text, q.Language);
        }
    });
    return threads * Runs / watch.Elapsed.TotalSeconds;
}

static string Recall(KnowledgeIndex index, IReadOnlyList<(string Text, string Language, string Expected)> set)
{
    int at1 = 0, at3 = 0;
    foreach (var (text, language, expected) in set)
    {
        var ids = index.Search(text, language).Select(m => m.Article.Id).ToList();
        at1 += ids.FirstOrDefault() == expected ? 1 : 0;
        at3 += ids.Contains(expected) ? 1 : 0;
    }

    return $"{(double)at1 / set.Count:0.000}/{(double)at3 / set.Count:0.000}";
}

static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
