using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>One recognition: the original text, its folded form (same offsets), the language's words and the reference time.</summary>
internal sealed record DateContext(string Text, string Folded, DateVocabulary Words, DateTime Reference)
{
    public bool French => Words.French;

    public DateTime Today => Reference.Date;

    /// <summary>The folded text just before <paramref name="index"/>, at most <paramref name="length"/> characters.</summary>
    public string Before(int index, int length = 24) => Folded[Math.Max(0, index - length)..index];

    /// <summary>The folded text just after <paramref name="index"/>, at most <paramref name="length"/> characters.</summary>
    public string After(int index, int length = 24) => Folded[index..Math.Min(Folded.Length, index + length)];
}
