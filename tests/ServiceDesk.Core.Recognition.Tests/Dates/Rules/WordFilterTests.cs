using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Dates.Rules;
using ServiceDesk.Core.Recognition.Tests.Eval;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Tests.Dates.Rules;

/// <summary>
/// The word filter only saves time: every rule must find exactly what it finds over the whole
/// text, on every sentence of the suites and on chat messages of our own.
/// </summary>
public sealed class WordFilterTests
{
    private static readonly DateTime Reference = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    public static TheoryData<string> Files => ["english/DateTimeModel.json", "french/DateTimeModel.json", "english/DurationParser.json", "french/DurationParser.json"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Atoms_SuiteSentences_SameWithAndWithoutFilter(string file)
    {
        var french = file.StartsWith("french", StringComparison.Ordinal);
        var differing = EvalCase.Load(Path.Combine(EvalFolder.Locate(), file))
            .Where(c => Describe(c.Input, french, filtered: true) != Describe(c.Input, french, filtered: false))
            .Select(c => $"{c.Input}\n  all:      {Describe(c.Input, french, filtered: false)}\n  filtered: {Describe(c.Input, french, filtered: true)}")
            .ToList();
        Assert.True(differing.Count == 0, string.Join('\n', differing));
    }

    [Theory]
    [InlineData("Bonjour, depuis hier 15h Outlook refuse mon mot de passe", true)]
    [InlineData("ça plante depuis la mise à jour de vendredi, 3 postes touchés, ticket 42", true)]
    [InlineData("l'écran scintille depuis lundi dernier vers 9h-9h30 (environ)", true)]
    [InlineData("since the weekend the printer on floor 3 prints blank pages, every other hour or so", false)]
    [InlineData("Can someone call me between 2pm and 4pm tomorrow about request 57?", false)]
    [InlineData("from 10/03 to 12/03, $20 worth of toner, 50% left", false)]
    public void Atoms_ChatMessages_SameWithAndWithoutFilter(string text, bool french) =>
        Assert.Equal(Describe(text, french, filtered: false), Describe(text, french, filtered: true));

    [Fact]
    public void RulesFor_WordNoRuleKnows_IsZero()
    {
        var filter = RuleBook.For(french: false).Filter;
        Assert.Equal(UInt128.Zero, filter.RulesFor("printer", out _));
        Assert.NotEqual(UInt128.Zero, filter.RulesFor("monday,", out _));
        Assert.Equal(filter.Digits, filter.RulesFor("42", out _));
    }

    private static string Describe(string text, bool french, bool filtered)
    {
        var book = RuleBook.For(french);
        var context = new DateContext(text, TextNormalizer.Normalize(text), book.Words, Reference);
        return string.Join(" | ", DateTimeEngine.Atoms(book, context, filtered).Select(c => $"{c.Start}-{c.End} {c.Value}"));
    }
}
