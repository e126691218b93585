using System.Text;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Numbers;
using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Core.Recognition.Tests;

/// <summary>Odd input returns without throwing, and text with no date, number or reference gives none.</summary>
public sealed class RobustnessTests
{
    private static readonly DateTime Reference = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    private static readonly ChoiceOption[] Options = [new("Juste moi", []), new("Mon équipe", []), new("Tout le monde", [])];

    public static TheoryData<string> OddInputs => new()
    {
        string.Empty,
        "   \t\n  ",
        "\0\u0001\u0002\u001b[31m\u007f",
        "日本語のテキスト 2024年3月13日 русский текст العربية",
        "שלום עולם \u202Eמחר בשעה 15\u202C",
        "🔥🔥🔥 😡👍🏽 🖨️❌ \uD83D",
        "\uFFFF\uFFFE\uD800",
        new string('9', 5000),
        new string('-', 5000),
        string.Concat(Enumerable.Repeat("1/", 3000)),
        string.Concat(Enumerable.Repeat("et ", 3000)),
        string.Concat(Enumerable.Repeat("twenty one ", 1000)),
        string.Concat(Enumerable.Repeat("between 10 and ", 800)),
    };

    public static TheoryData<string> Negatives => new()
    {
        "ticket 42",
        "mon imprimante ne marche plus",
        "The printer on the third floor is broken",
        "Je veux le numéro 3",
        "May I ask what this is for?",
        "j'ai été à la mer",
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void AllRecognizers_OddInput_ReturnWithoutThrowing(string text)
    {
        Assert.NotNull(DateTimeRecognizer.Recognize(text, "fr-FR", Reference));
        Assert.NotNull(DateTimeRecognizer.Recognize(text, "en-US", Reference));
        Assert.NotNull(NumberRecognizer.Recognize(text, "fr-FR"));
        Assert.NotNull(NumberRecognizer.Recognize(text, "en-US"));
        Assert.NotNull(TicketReferenceRecognizer.Find(text));
        _ = YesNoRecognizer.Recognize(text, "fr-FR");
        _ = ChoiceRecognizer.Recognize(text, Options, "fr-FR");
        _ = DateTimeRecognizer.SinceWhen(text, "fr-FR", Reference);
    }

    [Fact]
    public void AllRecognizers_HundredKilobytes_ReturnWithoutThrowing()
    {
        var builder = new StringBuilder();
        while (builder.Length < 100_000) builder.Append("Depuis hier 15h le ticket 42 bloque 3 personnes entre 14h et 16h, since last Monday. ");
        var text = builder.ToString();
        Assert.NotEmpty(DateTimeRecognizer.Recognize(text, "fr-FR", Reference));
        Assert.NotEmpty(NumberRecognizer.Recognize(text, "fr-FR"));
        Assert.Contains(42, TicketReferenceRecognizer.Find(text));
        _ = ChoiceRecognizer.Recognize(text, Options, "fr-FR");
        _ = YesNoRecognizer.Recognize(text, "fr-FR");
    }

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Recognize_TextWithoutDate_FindsNoDate(string text)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, "fr-FR", Reference));
        Assert.Empty(DateTimeRecognizer.Recognize(text, "en-US", Reference));
    }
}
