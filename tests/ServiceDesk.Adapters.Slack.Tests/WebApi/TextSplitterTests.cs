using System.Text;
using ServiceDesk.Adapters.Slack.WebApi;

namespace ServiceDesk.Adapters.Slack.Tests.WebApi;

public sealed class TextSplitterTests
{
    private static string Words(int length)
    {
        var text = new StringBuilder();
        var i = 0;
        while (text.Length < length)
        {
            text.Append(i % 13 == 12 ? "ligne\n" : $"mot{i} ");
            i++;
        }

        return text.ToString(0, length);
    }

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    [Fact]
    public void Split_ShortText_IsOnePart() => Assert.Equal(["Bonjour"], TextSplitter.Split("Bonjour", 4000));

    [Fact]
    public void Split_FortyThousandCharacters_GivesPartsUnderTheLimitAndLosesNothing()
    {
        var text = Words(40_000);
        var parts = TextSplitter.Split(text, 4000);
        Assert.InRange(parts.Count, 10, 12);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 4000));
        Assert.Equal(Squeeze(text), Squeeze(string.Concat(parts)));
    }

    [Fact]
    public void Split_WordsOnly_CutsBetweenWords()
    {
        var parts = TextSplitter.Split(string.Join(' ', Enumerable.Repeat("bonjour", 2000)), 100);
        Assert.All(parts, p => Assert.Matches("^(bonjour ?)+$", p));
    }

    [Fact]
    public void Split_LinesInTheSecondHalf_CutsAtTheLastLineBreak()
    {
        var text = new string('a', 60) + "\n" + new string('b', 30) + " " + new string('c', 30);
        var parts = TextSplitter.Split(text, 100);
        Assert.Equal(new string('a', 60), parts[0]);
    }

    [Fact]
    public void Split_OneEnormousWord_IsCutAnywhereButKept()
    {
        var text = new string('x', 10_000);
        var parts = TextSplitter.Split(text, 4000);
        Assert.Equal([4000, 4000, 2000], parts.Select(p => p.Length));
    }

    [Fact]
    public void Split_SurrogatePairOnTheLimit_IsNotCutInHalf()
    {
        var text = new string('x', 99) + "😀" + new string('y', 50);
        var parts = TextSplitter.Split(text, 100);
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_EscapeOnTheLimit_IsNotCutInHalf()
    {
        var text = new string('x', 97) + "&amp;" + new string('y', 50);
        var parts = TextSplitter.Split(text, 100);
        Assert.StartsWith("&amp;", parts[1], StringComparison.Ordinal);
    }
}
