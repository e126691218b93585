using System.Text.Json;

namespace ServiceDesk.KnowledgeBase.Tests;

public sealed class KbSearchCommandTests(RepositoryKnowledgeBase repository) : IClassFixture<RepositoryKnowledgeBase>
{
    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var code = await KbSearchCommand.RunAsync(args, output, repository.ArticlesFolder, CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task RunAsync_Json_PrintsOneArrayOfIdTitleScoreLanguage()
    {
        var (code, output) = await RunAsync("kb", "search", "--json", "imprimante bloquée");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement.EnumerateArray().First();
        Assert.Equal("kb-printer-queue-stuck", first.GetProperty("id").GetString());
        Assert.Equal("Impression bloquée dans la file d'attente", first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Equal("fr", first.GetProperty("language").GetString());
        Assert.InRange(json.RootElement.GetArrayLength(), 1, 3);
    }

    [Fact]
    public async Task RunAsync_WithoutKbPrefixAndTextInSeveralArgs_SearchesJoinedText()
    {
        var (code, output) = await RunAsync("search", "--json", "mon", "compte", "est", "verrouillé");

        Assert.Equal(0, code);
        Assert.Contains("\"id\":\"kb-password-locked\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LangOption_ReturnsThatLanguage()
    {
        var (_, output) = await RunAsync("kb", "search", "--json", "--lang", "en", "imprimante bloquée");

        using var json = JsonDocument.Parse(output);
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal("en", e.GetProperty("language").GetString()));
    }

    [Theory]
    [InlineData("my printer is stuck and nothing prints", "en")]
    [InlineData("mon imprimante est bloquée", "fr")]
    public async Task RunAsync_NoLangOption_DetectsLanguageFromText(string text, string language)
    {
        var (_, output) = await RunAsync("kb", "search", "--json", text);

        using var json = JsonDocument.Parse(output);
        Assert.Equal(language, json.RootElement[0].GetProperty("language").GetString());
    }

    [Fact]
    public async Task RunAsync_TopOption_LimitsResults()
    {
        var (_, output) = await RunAsync("kb", "search", "--json", "--top", "1", "le pc démarre pas écran noir");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task RunAsync_UnrelatedText_PrintsEmptyArray()
    {
        var (code, output) = await RunAsync("kb", "search", "--json", "je veux commander un café");

        Assert.Equal(0, code);
        Assert.Equal("[]", output.Trim());
    }

    [Fact]
    public async Task RunAsync_WithoutJson_PrintsReadableLines()
    {
        var (code, output) = await RunAsync("kb", "search", "vpn ne se connecte pas");

        Assert.Equal(0, code);
        Assert.Contains("kb-vpn-connect  [fr]  Le VPN ne se connecte pas en télétravail", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kb")]
    [InlineData("kb", "find", "text")]
    [InlineData("kb", "search", "--json")]
    [InlineData("kb", "search", "--lang", "de", "texte")]
    [InlineData("kb", "search", "--top", "zero", "texte")]
    public async Task RunAsync_BadArguments_Returns2WithUsage(params string[] args)
    {
        var (code, output) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("usage: kb search", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingArticlesFolder_Returns1()
    {
        using var output = new StringWriter();

        var code = await KbSearchCommand.RunAsync(["kb", "search", "vpn"], output, Path.Combine(Path.GetTempPath(), $"kb-none-{Guid.NewGuid():N}"), CancellationToken.None);

        Assert.Equal(1, code);
    }

    [Fact]
    public async Task RunAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => KbSearchCommand.RunAsync(["kb", "search", "vpn"], new StringWriter(), repository.ArticlesFolder, cancelled.Token));
    }
}
