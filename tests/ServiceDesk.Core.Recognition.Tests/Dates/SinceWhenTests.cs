using ServiceDesk.Core.Recognition.Dates;

namespace ServiceDesk.Core.Recognition.Tests.Dates;

public sealed class SinceWhenTests
{
    // Wednesday 13 March 2024, 10:30.
    private static readonly DateTime Now = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("depuis ce matin", "fr-FR", "2024-03-13 08:00")]
    [InlineData("depuis hier 15h", "fr-FR", "2024-03-12 15:00")]
    [InlineData("depuis lundi", "fr-FR", "2024-03-11 00:00")]
    [InlineData("il y a deux heures", "fr-FR", "2024-03-13 08:30")]
    [InlineData("depuis 3 jours", "fr-FR", "2024-03-10 10:30")]
    [InlineData("ça fait une semaine", "fr-FR", "2024-03-06 10:30")]
    [InlineData("Outlook plante depuis hier", "fr-FR", "2024-03-12 00:00")]
    [InlineData("since this morning", "en-US", "2024-03-13 08:00")]
    [InlineData("since yesterday 3pm", "en-US", "2024-03-12 15:00")]
    [InlineData("two hours ago", "en-US", "2024-03-13 08:30")]
    [InlineData("for 2 days", "en-US", "2024-03-11 10:30")]
    [InlineData("since last Monday", "en-US", "2024-03-04 00:00")]
    public void SinceWhen_Phrase_ReturnsStart(string text, string culture, string expected)
    {
        var result = DateTimeRecognizer.SinceWhen(text, culture, Now);
        Assert.NotNull(result);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.PointInTime);
    }

    [Theory]
    [InlineData("mon imprimante ne marche plus", "fr-FR")]
    [InlineData("ticket 42", "fr-FR")]
    [InlineData("the screen is black", "en-US")]
    public void SinceWhen_NoTime_ReturnsNull(string text, string culture) => Assert.Null(DateTimeRecognizer.SinceWhen(text, culture, Now));
}
