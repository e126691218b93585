using ServiceDesk.Core.Conversation;

namespace ServiceDesk.Core.Tests.Conversation;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("My screen flickers", "en")]
    [InlineData("Can you download some MP3s for the conference opening?", "en")]
    [InlineData("The wifi is down", "en")]
    [InlineData("Outlook a planté encore une fois", "fr")]
    [InlineData("mon écran clignote", "fr")]
    [InlineData("On a un souci avec le VPN", "fr")]
    public void Detect_ShortChatMessage_FindsItsLanguage(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("1")]
    [InlineData("ok")]
    [InlineData("Outlook")]
    public void Detect_OneWordOrNumber_KeepsTheCurrentLanguage(string text) =>
        Assert.Null(LanguageDetector.Detect(text));
}
