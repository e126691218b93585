using ServiceDesk.Core.Problems;

namespace ServiceDesk.Core.Tests.Problems;

public sealed class ProblemNumberTests
{
    [Theory]
    [InlineData("P1", 1)]
    [InlineData("p12", 12)]
    [InlineData(" P3 ", 3)]
    public void TryParse_PrefixedNumber_Reads(string text, int expected)
    {
        Assert.True(ProblemNumber.TryParse(text, out var number));
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("P")]
    [InlineData("P0")]
    [InlineData("P-2")]
    [InlineData("Px")]
    [InlineData(null)]
    public void TryParse_AnythingElse_IsNotAProblemNumber(string? text) => Assert.False(ProblemNumber.TryParse(text, out _));

    [Fact]
    public void ToString_ShowsPrefix() => Assert.Equal("P7", new ProblemNumber(7).ToString());
}
