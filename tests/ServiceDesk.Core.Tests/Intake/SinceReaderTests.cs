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

/// <summary>
/// The short-cut in front of the date recognizer (<see cref="SinceReader.IsLoneChoice"/>) changes the CPU, never a
/// result: every reply it skips is one the recognizer itself reads no time in, whatever the language and the moment.
/// </summary>
public sealed class SinceReaderLoneChoiceTests
{
    private static readonly DateTime[] Moments =
    [
        new(2026, 11, 23, 9, 30, 0), new(2026, 11, 28, 23, 55, 0), new(2026, 12, 31, 0, 5, 0), new(2027, 2, 28, 14, 0, 0),
    ];

    public static TheoryData<string> Skipped()
    {
        var data = new TheoryData<string>();
        foreach (var word in SinceReader.LoneChoiceWords)
        {
            data.Add(word);
            data.Add(char.ToUpperInvariant(word[0]) + word[1..] + "!");
        }

        foreach (var spelled in new[] { "Bloqué", "bloquée", "BLOQUÉE", "Oui.", " non ", "Moi" })
        {
            data.Add(spelled);
        }

        for (var n = 0; n < 100; n++)
        {
            data.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        data.Add("01");
        data.Add("3.");
        return data;
    }

    [Theory]
    [MemberData(nameof(Skipped))]
    public void LoneChoices_TheRecognizerFindsNoTimeInThem(string reply)
    {
        Assert.True(SinceReader.IsLoneChoice(reply));
        foreach (var culture in new[] { "fr-FR", "en-US" })
        {
            foreach (var moment in Moments)
            {
                Assert.Null(ServiceDesk.Core.Recognition.Dates.DateTimeRecognizer.SinceWhen(reply, culture, moment));
            }
        }
    }

    [Theory]
    [InlineData("hier")]
    [InlineData("8h")]
    [InlineData("100")]
    [InlineData("oui depuis hier")]
    [InlineData("lundi")]
    [InlineData("moi aussi")]
    [InlineData("")]
    public void OtherReplies_AreReadAsBefore(string reply) => Assert.False(SinceReader.IsLoneChoice(reply));
}
