namespace ServiceDesk.KnowledgeBase.Tests;

public sealed class ArticleParserTests
{
    [Fact]
    public void Parse_ValidFile_ReadsEveryFrontMatterField()
    {
        var result = ArticleParser.Parse(ArticleSamples.FileText(ArticleSamples.ValidFrontMatter), "kb-printer-jam.md");

        var article = Assert.IsType<KnowledgeArticle>(result.Article);
        Assert.Equal("kb-printer-jam", article.Id);
        Assert.Equal("Bourrage papier dans l'imprimante", article.Title);
        Assert.Equal("fr", article.Language);
        Assert.Equal(["papier coincé", "Bourrage papier dans le bac 2"], article.Symptoms);
        Assert.Equal(["Imprimante"], article.AppliesTo);
        Assert.Equal("Une feuille est restée coincée : elle bloque l'entraînement.", article.Cause);
        Assert.Equal(["Ouvrez le capot avant.", "Retirez doucement la feuille."], article.Workaround);
        Assert.Equal("Un technicien remplace le rouleau d'entraînement.", article.Resolution);
        Assert.Equal(["imprimante", "papier"], article.Tags);
        Assert.Equal(["kb-printer-offline"], article.Related);
        Assert.Equal(new DateOnly(2026, 11, 1), article.LastReviewed);
        Assert.Equal(ArticleKind.KnownError, article.Kind);
        Assert.Equal("kb-printer-jam.md", article.SourcePath);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void Parse_MarkdownBody_KeepsPlainTextOnly()
    {
        var text = ArticleSamples.FileText(ArticleSamples.ValidFrontMatter, "# Titre\n\nUn **texte** avec un [lien](https://example.org).");

        var article = ArticleParser.Parse(text, "a.md").Article!;

        Assert.Contains("Un texte avec un lien", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("#", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WindowsLineEndings_Parses()
    {
        var text = ArticleSamples.FileText(ArticleSamples.ValidFrontMatter).Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.True(ArticleParser.Parse(text, "a.md").Succeeded);
    }

    [Theory]
    [InlineData("kind: known-error", "kind: how-to", ArticleKind.HowTo)]
    [InlineData("kind: known-error", "kind: procedure", ArticleKind.Procedure)]
    public void Parse_OtherKinds_AreRead(string from, string to, ArticleKind expected)
    {
        var text = ArticleSamples.FileText(ArticleSamples.ValidFrontMatter.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(expected, ArticleParser.Parse(text, "a.md").Article!.Kind);
    }

    [Fact]
    public void Parse_NoFrontMatter_ReportsProblem()
    {
        var result = ArticleParser.Parse("# Juste un titre\n", "broken.md");

        Assert.Null(result.Article);
        Assert.Equal("broken.md", result.Problem!.SourcePath);
        Assert.Contains("front matter", result.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedFrontMatter_ReportsProblem()
    {
        var result = ArticleParser.Parse("---\nid: kb-x\ntitle: X\n", "broken.md");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsProblemWithLine()
    {
        var text = ArticleSamples.FileText(ArticleSamples.ValidFrontMatter.Replace("tags: [ \"imprimante\", \"papier\" ]", "tags: [ \"imprimante\", ", StringComparison.Ordinal));

        var result = ArticleParser.Parse(text, "broken.md");

        Assert.False(result.Succeeded);
        Assert.StartsWith("invalid YAML", result.Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cause", "missing key(s): cause")]
    [InlineData("related", "missing key(s): related")]
    [InlineData("last_reviewed", "missing key(s): last_reviewed")]
    public void Parse_MissingKey_ReportsKeyName(string key, string expected)
    {
        var lines = ArticleSamples.ValidFrontMatter.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal));

        var result = ArticleParser.Parse(ArticleSamples.FileText(string.Join('\n', lines)), "broken.md");

        Assert.Equal(expected, result.Problem!.Message);
    }

    [Fact]
    public void Parse_UnknownKey_ReportsKeyName()
    {
        var result = ArticleParser.Parse(ArticleSamples.FileText(ArticleSamples.ValidFrontMatter + "\nauthor: moi"), "broken.md");

        Assert.StartsWith("unknown key 'author'", result.Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("language: fr", "language: de", "'language' must be fr or en")]
    [InlineData("kind: known-error", "kind: faq", "'kind' must be")]
    [InlineData("last_reviewed: 2026-11-01", "last_reviewed: 01/11/2026", "'last_reviewed' must be a date")]
    [InlineData("id: kb-printer-jam", "id: Printer Jam", "'id' must look like")]
    [InlineData("workaround:\n  - \"Ouvrez le capot avant.\"\n  - \"Retirez doucement la feuille.\"", "workaround: []", "'workaround' must not be empty")]
    [InlineData("symptoms: [ \"papier coincé\", \"Bourrage papier dans le bac 2\" ]", "symptoms: \"papier coincé\"", "'symptoms' must be a list")]
    [InlineData("title: Bourrage papier dans l'imprimante", "title: \"\"", "'title' must be a non-empty text")]
    public void Parse_InvalidValue_ReportsWhy(string from, string to, string expected)
    {
        var text = ArticleSamples.FileText(ArticleSamples.ValidFrontMatter.Replace(from, to, StringComparison.Ordinal));

        var result = ArticleParser.Parse(text, "broken.md");

        Assert.StartsWith(expected, result.Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadIndentation_ReportsLine()
    {
        var text = ArticleSamples.FileText(ArticleSamples.ValidFrontMatter.Replace("cause:", "   cause:", StringComparison.Ordinal));

        var result = ArticleParser.Parse(text, "broken.md");

        Assert.Contains("invalid YAML at line", result.Problem!.Message, StringComparison.Ordinal);
    }
}
