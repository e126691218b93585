using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ServiceDesk.Core.Recognition.Cli;

namespace ServiceDesk.Core.Recognition.Tests.Cli;

public sealed class RecognizeCommandTests
{
    private static async Task<string[]> RunAsync(string input, TimeProvider clock)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        var code = await RecognizeCommand.RunAsync(reader, writer, clock, CancellationToken.None);
        Assert.Equal(0, code);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task RunAsync_JsonLine_WritesSuiteShapedResults()
    {
        var lines = await RunAsync("""{"text": "I'll go back tomorrow", "culture": "en-US", "reference": "2016-11-07T00:00:00"}""", TimeProvider.System);
        var result = Assert.Single(JsonDocument.Parse(Assert.Single(lines)).RootElement.EnumerateArray());
        Assert.Equal("tomorrow", result.GetProperty("Text").GetString());
        Assert.Equal("datetimeV2.date", result.GetProperty("TypeName").GetString());
        Assert.Equal(13, result.GetProperty("Start").GetInt32());
        Assert.Equal(20, result.GetProperty("End").GetInt32());
        var value = result.GetProperty("Resolution").GetProperty("values")[0];
        Assert.Equal("2016-11-08", value.GetProperty("timex").GetString());
        Assert.Equal("2016-11-08", value.GetProperty("value").GetString());
    }

    [Fact]
    public async Task RunAsync_NoReference_UsesTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 13, 10, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var lines = await RunAsync("""{"text": "hier", "culture": "fr-FR"}""", clock);
        var value = JsonDocument.Parse(lines[0]).RootElement[0].GetProperty("Resolution").GetProperty("values")[0];
        Assert.Equal("2024-03-12", value.GetProperty("value").GetString());
    }

    [Fact]
    public async Task RunAsync_BadLine_WritesErrorAndGoesOn()
    {
        var lines = await RunAsync("{not json\n{\"text\": \"vingt et un\", \"culture\": \"fr-FR\"}\n", TimeProvider.System);
        Assert.Equal(2, lines.Length);
        Assert.True(JsonDocument.Parse(lines[0]).RootElement.TryGetProperty("error", out _));
        var number = JsonDocument.Parse(lines[1]).RootElement[0];
        Assert.Equal("number", number.GetProperty("TypeName").GetString());
        Assert.Equal("21", number.GetProperty("Resolution").GetProperty("value").GetString());
    }
}
