using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Bench.KnowledgeBase;
using ServiceDesk.KnowledgeBase;

// Search quality on the labelled phrasings, then search time, build time and memory at 10,000
// generated articles, against a plain Lucene term query over the same articles.
// Run: dotnet run -c Release --project bench/ServiceDesk.Bench.KnowledgeBase
const int ArticleCount = 10_000;
const int WarmUp = 500;
const int Runs = 2_000;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var articlesFolder = KnowledgeBaseLoader.LocateArticlesFolder(AppContext.BaseDirectory)
    ?? throw new DirectoryNotFoundException("knowledgebase/articles not found above the bench output");
var repositoryRoot = Path.GetFullPath(Path.Combine(articlesFolder, "..", ".."));
var evaluation = Path.Combine(repositoryRoot, "tests", "ServiceDesk.KnowledgeBase.Tests", "Evaluation");
var real = KnowledgeBaseLoader.ReadArticles(articlesFolder).Articles;
var sets = Directory.EnumerateFiles(evaluation, "kb-eval*.jsonl").Order(StringComparer.Ordinal)
    .ToDictionary(path => Path.GetFileNameWithoutExtension(path), LabelledSet.Read);
var unrelated = LabelledSet.Read(Path.Combine(evaluation, "unrelated.jsonl"));
var queries = sets.Values.SelectMany(s => s).ToList();

Console.WriteLine($"Knowledge base bench: {real.Count} real article versions, {queries.Count} labelled phrasings, {Environment.ProcessorCount} cores");
Console.WriteLine();
Console.WriteLine("Quality on the real articles, per typo tolerance (recall@1/recall@3; unrelated sentences answered):");
foreach (var mode in Enum.GetValues<TypoTolerance>())
{
    using var index = new KnowledgeIndex(real, KnowledgeSearchOptions.Default with { TypoTolerance = mode });
    var cells = sets.Select(s => $"{s.Key} {Recall.Of(index, s.Value)}");
    var answered = unrelated.Count(u => index.Search(u.Text, u.Language).Count > 0);
    var marker = mode == KnowledgeSearchOptions.Default.TypoTolerance ? " (default)" : "";
    Console.WriteLine($"  {mode + marker,-25} {string.Join(" | ", cells)} | all {Recall.Of(index, queries)} | unrelated {answered}/{unrelated.Count}");
}

var generated = ArticleVariants.Generate(real, ArticleCount);
var inputs = queries.Select(q => q.Text + "\u0001" + q.Language).ToList();
Console.WriteLine();
Console.WriteLine($"Speed and memory with {generated.Count:N0} generated articles ({Runs} searches of the labelled phrasings, after {WarmUp} to warm up):");

var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
var workingSetBefore = Environment.WorkingSet;
var build = Stopwatch.StartNew();
using var large = new KnowledgeIndex(generated);
build.Stop();
var managedAfter = GC.GetTotalMemory(forceFullCollection: true);
var workingSetAfter = Environment.WorkingSet;

LatencyStats.Measure(inputs, WarmUp, Search(large));
var search = LatencyStats.Measure(inputs, Runs, Search(large));
Console.WriteLine($"  knowledge index (default options):");
Console.WriteLine($"    index build        {build.Elapsed.TotalMilliseconds:0} ms ({large.Count:N0} documents)");
Console.WriteLine($"    managed heap       {Mb(managedBefore)} -> {Mb(managedAfter)} MB (+{Mb(managedAfter - managedBefore)} MB)");
Console.WriteLine($"    working set        {Mb(workingSetBefore)} -> {Mb(workingSetAfter)} MB (+{Mb(workingSetAfter - workingSetBefore)} MB)");
Console.WriteLine($"    search             {search}");
Console.WriteLine($"    recall at 10k      {Recall.Of(large, queries, BaseId)} (labelled phrasings; any variant of the expected article counts)");
var adds = real.Select((a, i) => a with { Id = $"{a.Id}-added{i}" }).ToList();
var next = 0;
var add = LatencyStats.Measure(adds.Select(a => a.Id).ToList(), adds.Count, _ => large.Add(adds[next++]));
Console.WriteLine($"    add one article    {add}");

var baselineBuild = Stopwatch.StartNew();
using var baseline = new PlainBaseline(generated);
baselineBuild.Stop();
LatencyStats.Measure(inputs, WarmUp, q => baseline.Search(q.Split('\u0001')[0], 12));
var plain = LatencyStats.Measure(inputs, Runs, q => baseline.Search(q.Split('\u0001')[0], 12));
Console.WriteLine($"  baseline (plain Lucene: one field, standard analyzer, OR of term queries):");
Console.WriteLine($"    index build        {baselineBuild.Elapsed.TotalMilliseconds:0} ms");
Console.WriteLine($"    search             {plain}");
Console.WriteLine($"  ratio knowledge index / baseline: median {search.MedianMs / plain.MedianMs:0.00}x, thread CPU median {Ratio(search.CpuMedianMs, plain.CpuMedianMs)}");

static Action<string> Search(KnowledgeIndex index) => packed =>
{
    var parts = packed.Split('\u0001');
    index.Search(parts[0], parts[1]);
};

static string BaseId(string id) => id.Length > 7 && id[^7..^5] == "-v" ? id[..^7] : id;

static string Ratio(double a, double b) => b > 0 ? $"{a / b:0.00}x" : "n/a";

static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
