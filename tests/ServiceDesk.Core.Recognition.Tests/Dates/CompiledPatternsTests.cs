using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Library;
using ServiceDesk.Core.Recognition.Tests.Eval;

namespace ServiceDesk.Core.Recognition.Tests.Dates;

/// <summary>
/// The patterns readings run are compiled in place (Library/CompiledPatterns.cs): only those, really compiled, and each
/// matching exactly as a fresh interpreted copy of itself (the models' results against the library's own model are
/// DateTimeIdentityTests').
/// </summary>
public sealed class CompiledPatternsTests
{
    private static readonly DateTime Now = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    [Fact]
    public void Readings_ThenCompileUsed_CompileThePatternsTheyRanOnly()
    {
        ReadSuites(take: 60);

        CompiledPatterns.CompileUsed();

        var compiled = CompiledPatterns.Pairs();
        Assert.True(compiled.Count >= 100, $"{compiled.Count} patterns compiled");
        Assert.True(compiled.Count < CompiledPatterns.TrackedCount / 2, $"{compiled.Count} of {CompiledPatterns.TrackedCount} compiled: not only those that ran");
    }

    [Fact]
    public void CompiledPatterns_RunCompiledCode()
    {
        ReadSuites(take: 20);
        CompiledPatterns.CompileUsed();
        ReadSuites(take: 20);

        var runners = CompiledPatterns.Pairs().Select(p => CompiledPatterns.RunnerOf(p.Compiled)).OfType<string>().ToList();
        Assert.NotEmpty(runners);
        Assert.DoesNotContain(runners, r => r.Contains("Interpreter", StringComparison.Ordinal));
    }

    [Fact]
    public void CompiledPatterns_MatchLikeAFreshInterpretedCopy()
    {
        var texts = ReadSuites(take: 120).Concat(ChatCorpus.Generate(seed: 43, count: 150).Select(m => m.Text)).ToList();
        CompiledPatterns.CompileUsed();
        var pairs = CompiledPatterns.Pairs();
        Assert.NotEmpty(pairs);
        var differences = new List<string>();
        foreach (var (compiled, interpreted) in pairs)
        {
            foreach (var text in texts)
            {
                if (Describe(compiled.Matches(text)) != Describe(interpreted.Matches(text)))
                {
                    differences.Add($"\"{text}\": {compiled.ToString()[..Math.Min(60, compiled.ToString().Length)]}…");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    private static string Describe(MatchCollection matches) =>
        string.Join(";", matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join(",", m.Groups.Values.Select(g => $"{g.Name}={g.Index}+{g.Length}"))));

    /// <summary>Reads the first inputs of the public date suites in both languages; returns them.</summary>
    private static List<string> ReadSuites(int take)
    {
        var texts = new List<string>();
        foreach (var (language, culture) in new[] { ("french", "fr-FR"), ("english", "en-US") })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(EvalFolder.Locate(), language, "DateTimeModel.json")));
            foreach (var item in json.RootElement.EnumerateArray().Take(take))
            {
                var input = item.GetProperty("Input").GetString() ?? string.Empty;
                DateTimeRecognizer.Recognize(input, culture, Now);
                texts.Add(input);
            }
        }

        return texts;
    }
}
