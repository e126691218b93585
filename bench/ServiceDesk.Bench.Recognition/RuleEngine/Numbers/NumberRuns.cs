namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// Cuts folded text into runs of number-ish words (digits count as words) separated only by
/// spaces or hyphens, and joins "twenty-one" or "vingt-cinquième" into one word first.
/// </summary>
internal static class NumberRuns
{
    public static IEnumerable<NumberWord[]> Split(string text, IReadOnlyList<DigitNumber> digits, NumberLexicon lexicon)
    {
        var byStart = digits.Where(d => d.IsPlainInteger).ToDictionary(d => d.Start);
        var run = new List<NumberWord>();
        var hyphen = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (byStart.TryGetValue(i, out var number))
            {
                Append(run, new NumberWord(WordKind.Digits, number.Value, number.Start, number.End), hyphen);
                hyphen = false;
                i = number.End;
            }
            else if (char.IsLetter(c))
            {
                var end = i;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                var word = lexicon.Classify(text.AsSpan(i, end - i), i, end);
                if (word.Kind == WordKind.Other) { if (Flush(run) is { } done) yield return done; }
                else Append(run, word, hyphen);
                hyphen = false;
                i = end;
            }
            else if (c is ' ' or '\t' or '-' || char.IsWhiteSpace(c))
            {
                hyphen |= c == '-';
                i++;
            }
            else
            {
                if (Flush(run) is { } done) yield return done;
                hyphen = false;
                i++;
            }
        }

        if (Flush(run) is { } rest) yield return rest;
    }

    private static void Append(List<NumberWord> run, NumberWord word, bool hyphen)
    {
        if (hyphen && run.Count > 0 && run[^1].IsTens && word.IsUnit && word.Kind is WordKind.Cardinal or WordKind.Ordinal)
        {
            var tens = run[^1];
            run[^1] = word with { Value = tens.Value + word.Value, Start = tens.Start, Flags = word.Flags | WordFlags.Composite };
            return;
        }

        run.Add(word);
    }

    private static NumberWord[]? Flush(List<NumberWord> run)
    {
        if (run.Count == 0) return null;
        var done = run.ToArray();
        run.Clear();
        return done;
    }
}
