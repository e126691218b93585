using System.Text.Json;

namespace ServiceDesk.Bot.Tests;

/// <summary>The one parser: each verb's help, the SLA check by hand, the indicators, and a mistyped verb refused.</summary>
public sealed class BotCommandLineTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotCommandLine.RunAsync(args, TextReader.Null, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task SlaDue_IssueExample_PrintsBusinessTimeDueTimesWithOffsets()
    {
        var (code, output, _) = await RunAsync("sla", "due", "--priority", "P2", "--opened", "2026-12-04T18:30:00+01:00");

        Assert.Equal(0, code);
        Assert.Equal("""{"priority":"P2","detectBy":"2026-12-04T18:35:00+01:00","resolveBy":"2026-12-04T19:00:00+01:00","maximumBy":"2026-12-07T13:30:00+01:00"}""", output.Trim());
    }

    [Fact]
    public async Task SlaDue_ConfiguredCalendar_IsUsed()
    {
        var (_, output, _) = await RunAsync("sla", "due", "--priority", "P4", "--opened", "2026-12-04T18:30:00+01:00", "--Calendar:Hours:Saturday=09:00-12:00");

        Assert.Equal("2026-12-05T12:00:00+01:00", JsonDocument.Parse(output).RootElement.GetProperty("resolveBy").GetString());
    }

    [Fact]
    public async Task UnknownVerb_PrintsUsageAndExitsWithTwo()
    {
        var (code, output, error) = await RunAsync("tickts", "list");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("'tickts'", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tickets")]
    [InlineData("kb")]
    [InlineData("recognize")]
    [InlineData("sla")]
    [InlineData("report")]
    public async Task Help_EachVerb_PrintsItsUsage(string verb)
    {
        var (code, output, _) = await RunAsync(verb, "--help");

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains(verb, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlaDue_MissingPriority_ExitsWithTwo() =>
        Assert.Equal(2, (await RunAsync("sla", "due", "--opened", "2026-12-04T18:30:00+01:00")).Code);

    [Fact]
    public async Task ReportIndicators_EmptyStore_PrintsJsonWithTheSeedGoals()
    {
        var path = Path.Combine(Path.GetTempPath(), $"indicators-{Guid.NewGuid():N}.db");
        try
        {
            var (code, output, _) = await RunAsync("report", "indicators", "--from", "2026-11-01", "--to", "2026-12-01", "--json", $"--Storage:Path={path}");

            Assert.Equal(0, code);
            var json = JsonDocument.Parse(output).RootElement;
            Assert.Equal(0, json.GetProperty("requests").GetInt32());
            Assert.Equal(0.8, json.GetProperty("level1Goal").GetDouble());
            Assert.Equal(0.99, json.GetProperty("sla")[0].GetProperty("detectionGoal").GetDouble());
        }
        finally
        {
            File.Delete(path);
            File.Delete(Path.ChangeExtension(path, null) + "-log.db");
        }
    }
}
