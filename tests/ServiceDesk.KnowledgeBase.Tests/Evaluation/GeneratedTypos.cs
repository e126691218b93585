namespace ServiceDesk.KnowledgeBase.Tests.Evaluation;

/// <summary>
/// Copies of labelled phrasings with one typo each in a word of five letters or more (a letter
/// dropped, two swapped or one doubled), from a fixed seed so that runs compare.
/// </summary>
public static class GeneratedTypos
{
    public static IReadOnlyList<LabelledPhrasing> From(IEnumerable<LabelledPhrasing> set, int seed = 42)
    {
        var random = new Random(seed);
        return set.Select(p => p with { Text = Misspell(p.Text, random) }).ToList();
    }

    private static string Misspell(string text, Random random)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var index = candidates[random.Next(candidates.Count)];
        var word = words[index];
        var at = 1 + random.Next(word.Length - 2);
        words[index] = random.Next(3) switch
        {
            0 => word.Remove(at, 1),
            1 => string.Concat(word[..at], word[at + 1].ToString(), word[at].ToString(), word[(at + 2)..]),
            _ => word.Insert(at, word[at].ToString()),
        };
        return string.Join(' ', words);
    }
}
