using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Tests.Intake;

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
