using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Tests.Intake;

/// <summary>When the problem started, in the desk's time zone (Europe/Paris; the clock reads Monday 23 November 2026, 09:30 there).</summary>
public sealed class SinceReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("Outlook plante depuis ce matin 9h", "fr-FR", "2026-11-23T09:00:00+01:00")]
    [InlineData("ça ne marche plus depuis hier", "fr-FR", "2026-11-22T00:00:00+01:00")]
    [InlineData("depuis lundi dernier", "fr-FR", "2026-11-16T00:00:00+01:00")]
    [InlineData("il y a deux heures", "fr-FR", "2026-11-23T07:30:00+01:00")]
    [InlineData("since yesterday 3pm", "en-US", "2026-11-22T15:00:00+01:00")]
    [InlineData("je n'arrive plus à imprimer depuis 8h", "fr-FR", "2026-11-23T08:00:00+01:00")]
    [InlineData("ça a commencé hier après-midi", "fr-FR", "2026-11-22T12:00:00+01:00")]
    [InlineData("depuis une semaine", "fr-FR", "2026-11-16T09:30:00+01:00")]
    [InlineData("il y a 20 minutes", "fr-FR", "2026-11-23T09:10:00+01:00")]
    [InlineData("depuis vendredi", "fr-FR", "2026-11-20T00:00:00+01:00")]
    [InlineData("la semaine dernière", "fr-FR", "2026-11-16T00:00:00+01:00")]
    [InlineData("since 9am", "en-US", "2026-11-23T09:00:00+01:00")]
    [InlineData("it started around 8", "en-US", "2026-11-23T08:00:00+01:00")]
    [InlineData("yesterday", "en-US", "2026-11-22T00:00:00+01:00")]
    [InlineData("this morning", "en-US", "2026-11-23T08:00:00+01:00")]
    [InlineData("20 minutes ago", "en-US", "2026-11-23T09:10:00+01:00")]
    [InlineData("since last week", "en-US", "2026-11-16T00:00:00+01:00")]
    [InlineData("for a few days", "en-US", "2026-11-20T09:30:00+01:00")]
    [InlineData("depuis quelques jours", "fr-FR", "2026-11-20T09:30:00+01:00")]
    [InlineData("depuis le 15", "fr-FR", "2026-11-15T00:00:00+01:00")]
    [InlineData("depuis la mise à jour de vendredi", "fr-FR", "2026-11-20T00:00:00+01:00")]
    [InlineData("since the update on Friday", "en-US", "2026-11-20T00:00:00+01:00")]
    [InlineData("à l'instant", "fr-FR", "2026-11-23T09:30:00+01:00")]
    [InlineData("just now", "en-US", "2026-11-23T09:30:00+01:00")]
    [InlineData("since I came back from lunch", "en-US", "2026-11-22T12:00:00+01:00")]
    [InlineData("depuis la pause de midi", "fr-FR", "2026-11-22T12:00:00+01:00")]
    [InlineData("depuis ce matin 9h", "fr-FR", "2026-11-23T09:00:00+01:00")]
    [InlineData("bloquée depuis 9h15", "fr-FR", "2026-11-23T09:15:00+01:00")]
    [InlineData("ça ne marche plus depuis 17h", "fr-FR", "2026-11-22T17:00:00+01:00")]
    public void Read_SinceExpression_ResolvesInTheDeskTimeZone(string text, string culture, string expected)
    {
        var since = SinceReader.Read(text, culture, Now, Paris);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since?.At);
    }

    [Theory]
    [InlineData("The printer on the 2nd floor doesn't work anymore", "en-US")]
    [InlineData("l'imprimante du 3e étage ne marche plus", "fr-FR")]
    [InlineData("mon imprimante ne marche plus", "fr-FR")]
    [InlineData("ticket 42 please", "en-US")]
    public void Read_NoStartGiven_ReturnsNull(string text, string culture) =>
        Assert.Null(SinceReader.Read(text, culture, Now, Paris));
}
