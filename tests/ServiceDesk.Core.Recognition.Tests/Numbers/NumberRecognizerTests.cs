using ServiceDesk.Core.Recognition.Numbers;

namespace ServiceDesk.Core.Recognition.Tests.Numbers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("vingt et un", "fr-FR", 21)]
    [InlineData("quatre-vingt-dix-neuf", "fr-FR", 99)]
    [InlineData("soixante et onze", "fr-FR", 71)]
    [InlineData("1234,5", "fr-FR", 1234.5)]
    [InlineData("trois et demi", "fr-FR", 3.5)]
    [InlineData("two hundred and two thousand", "en-US", 202000)]
    [InlineData("one and a half", "en-US", 1.5)]
    [InlineData("1,234,567", "en-US", 1234567)]
    [InlineData("2.5k", "en-US", 2500)]
    [InlineData("minus five point five", "en-US", -5.5)]
    public void Recognize_SingleNumber_ReadsValue(string text, string culture, double expected)
    {
        var result = Assert.Single(NumberRecognizer.Recognize(text, culture));
        Assert.Equal(expected, result.Value, 9);
        Assert.Equal(0, result.Start);
        Assert.Equal(text.Length - 1, result.End);
    }

    [Theory]
    [InlineData("29km")]
    [InlineData("1m")]
    [InlineData("an apple")]
    [InlineData("The one you mentioned is invalid")]
    public void Recognize_NotANumber_ReturnsEmpty(string text) => Assert.Empty(NumberRecognizer.Recognize(text, "en-US"));

    [Fact]
    public void Recognize_NumbersInSentence_KeepsOffsetsOfOriginalText()
    {
        var results = NumberRecognizer.Recognize("J'ai reçu trois écrans et 12 câbles", "fr-FR");
        Assert.Equal(["trois", "12"], results.Select(r => r.Text));
        Assert.Equal(10, results[0].Start);
    }

    [Theory]
    [InlineData("la deuxième", 2)]
    [InlineData("3rd", 3)]
    [InlineData("twenty-first", 21)]
    [InlineData("le dernier", -1)]
    public void RecognizeOrdinals_Ordinal_ReadsRank(string text, double expected) =>
        Assert.Equal(expected, OrdinalRecognizer.Recognize(text, "fr-FR")[0].Value);
}
