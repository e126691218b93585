using ServiceDesk.Core.Recognition.Dates;

namespace ServiceDesk.Core.Recognition.Tests.Dates;

public sealed class DateTimeRecognizerTests
{
    // Monday 7 November 2016, midnight (the suites' usual reference).
    private static readonly DateTime Reference = new(2016, 11, 7, 0, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("hier", "fr-FR", "datetimeV2.date", "2016-11-06", "2016-11-06")]
    [InlineData("avant-hier", "fr-FR", "datetimeV2.date", "2016-11-05", "2016-11-05")]
    [InlineData("lundi dernier", "fr-FR", "datetimeV2.date", "2016-10-31", "2016-10-31")]
    [InlineData("la semaine dernière", "fr-FR", "datetimeV2.daterange", "2016-W44", "2016-10-31")]
    [InlineData("entre 14h et 16h", "fr-FR", "datetimeV2.timerange", "(T14,T16,PT2H)", "14:00:00")]
    [InlineData("chaque lundi", "fr-FR", "datetimeV2.set", "XXXX-WXX-1", null)]
    [InlineData("il y a 2 heures", "fr-FR", "datetimeV2.datetime", "2016-11-06T22:00:00", "2016-11-06 22:00:00")]
    [InlineData("yesterday", "en-US", "datetimeV2.date", "2016-11-06", "2016-11-06")]
    [InlineData("every Monday", "en-US", "datetimeV2.set", "XXXX-WXX-1", null)]
    [InlineData("from 2pm to 4pm", "en-US", "datetimeV2.timerange", "(T14,T16,PT2H)", "14:00:00")]
    [InlineData("tomorrow 8:00am", "en-US", "datetimeV2.datetime", "2016-11-08T08:00", "2016-11-08 08:00:00")]
    public void Recognize_Expression_ResolvesLikeTheSuites(string text, string culture, string typeName, string timex, string? key)
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, culture, Reference));
        Assert.Equal(typeName, result.TypeName);
        Assert.Equal(timex, result.Values[0].Timex);
        Assert.Equal(key, result.Values[0].Value is "not resolved" ? null : result.Values[0].Value ?? result.Values[0].Start);
    }

    [Fact]
    public void Recognize_DurationSinceFrench_IsOpenDuration()
    {
        var result = Assert.Single(DateTimeRecognizer.Recognize("bloqué depuis 3 jours", "fr-FR", Reference));
        Assert.Equal("depuis 3 jours", result.Text);
        Assert.Equal("since", result.Values[0].Mod);
        Assert.Equal(TimeSpan.FromDays(3), result.Duration);
    }

    [Fact]
    public void Recognize_Offsets_PointIntoOriginalText()
    {
        var text = "Ça plante depuis hier à 15h";
        var result = Assert.Single(DateTimeRecognizer.Recognize(text, "fr-FR", Reference));
        Assert.Equal(text[result.Start..(result.End + 1)], result.Text);
    }
}
