using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Core.Recognition.Cli;

namespace ServiceDesk.Core.Recognition.Tests.Eval;

/// <summary>
/// Runs every scorable case of a suite file through the same path as the "recognize" command
/// (a JSON request line in, a JSON line out) and scores the answers.
/// </summary>
internal static class SuiteRunner
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2016, 11, 7, 0, 0, 0, TimeSpan.Zero));

    public static SuiteScore Run(string root, string file)
    {
        var kind = file.Contains("Number", StringComparison.Ordinal) ? SuiteKind.Number
            : file.Contains("Duration", StringComparison.Ordinal) ? SuiteKind.Duration : SuiteKind.DateTime;
        var culture = file.StartsWith("french", StringComparison.Ordinal) ? "fr-FR" : "en-US";
        var cases = EvalCase.Load(Path.Combine(root, file)).Where(c => c.Scored).ToList();
        int lenient = 0, strict = 0;
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var answer = Answer(c, culture, kind);
            var (l, s) = CaseScorer.Score(kind, c.Results, answer.EnumerateArray().ToList());
            lenient += l ? 1 : 0;
            strict += s ? 1 : 0;
            if (!s) failures.Add($"{(l ? "EXTRA" : "FAIL ")} {c.Input} @{c.Reference:s}\n   want {Brief(c.Results)}\n   got  {answer.GetRawText()}");
        }

        return new SuiteScore(file, cases.Count, lenient, strict, failures);
    }

    private static JsonElement Answer(EvalCase c, string culture, SuiteKind kind)
    {
        var request = new JsonObject
        {
            ["text"] = c.Input,
            ["culture"] = culture,
            ["models"] = kind == SuiteKind.Number ? "number" : "datetime",
        };
        if (c.Reference is { } r) request["reference"] = r.ToString("s", CultureInfo.InvariantCulture);
        using var doc = JsonDocument.Parse(RecognizeCommand.Answer(request.ToJsonString(), Clock));
        return doc.RootElement.Clone();
    }

    private static string Brief(IReadOnlyList<JsonElement> results) =>
        string.Join(" ; ", results.Select(r => r.GetRawText().Replace("\n", string.Empty, StringComparison.Ordinal).Replace("  ", string.Empty, StringComparison.Ordinal)));
}
