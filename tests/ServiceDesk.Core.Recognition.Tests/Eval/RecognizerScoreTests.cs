using System.Text.Json;
using Xunit.Abstractions;

namespace ServiceDesk.Core.Recognition.Tests.Eval;

/// <summary>
/// Scores the recognizers on the public suites' development half and fails only when a rate
/// falls under the floor recorded in RecognizerFloors.json (floors only ever go up).
/// </summary>
public sealed class RecognizerScoreTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files =>
    [
        "english/NumberModel.json", "french/NumberModel.json", "english/DurationParser.json",
        "french/DurationParser.json", "english/DateTimeModel.json", "french/DateTimeModel.json",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Score_SuiteFile_StaysAboveFloor(string file)
    {
        var score = SuiteRunner.Run(EvalFolder.Locate(), file);
        output.WriteLine(score.ToString());
        Console.WriteLine(score.ToString());
        WriteDetails(score);
        var (lenientFloor, strictFloor) = Floor(file);
        Assert.True(score.LenientRate >= lenientFloor, $"{score} is under the lenient floor {lenientFloor:P1}");
        Assert.True(score.StrictRate >= strictFloor, $"{score} is under the strict floor {strictFloor:P1}");
    }

    private static (double Lenient, double Strict) Floor(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RecognizerFloors.json")));
        var entry = doc.RootElement.GetProperty(file);
        return (entry.GetProperty("lenient").GetDouble(), entry.GetProperty("strict").GetDouble());
    }

    private static void WriteDetails(SuiteScore score)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "eval-" + score.File.Replace('/', '-') + ".txt");
        File.WriteAllLines(path, score.Failures.Prepend(score.ToString()));
    }
}
