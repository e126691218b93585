namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>
/// Reads a whole number said in words ("two hundred and two thousand", "quatre-vingt-dix-neuf",
/// "3 hundred and 21"), or says it is not one (two units in a row, scales going up, a trailing "and").
/// </summary>
internal static class IntegerPhrase
{
    public static double? Evaluate(ReadOnlySpan<NumberWord> words)
    {
        if (words.IsEmpty) return null;
        var state = new IntegerState();
        for (var i = 0; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? words[i + 1] : default;
            if (!state.Add(words[i], next, i == 0)) return null;
        }

        return state.Result;
    }

    /// <summary>Running total of an integer phrase: <c>total</c> holds finished scales, <c>current</c> the group below them.</summary>
    private struct IntegerState
    {
        private double total;
        private double current;
        private double lastScale;
        private NumberWord previous;
        private bool hasPrevious;
        private bool wordsOnly;

        public readonly double? Result => hasPrevious && previous.Kind != WordKind.And && previous.Kind != WordKind.Article ? total + current : null;

        public bool Add(NumberWord word, NumberWord next, bool first)
        {
            var ok = word.Kind switch
            {
                WordKind.Cardinal => AddCardinal(word),
                WordKind.Digits => AddDigits(word, first),
                WordKind.Multiplier => AddMultiplier(word.Value),
                WordKind.And => hasPrevious && (previous.Kind == WordKind.Multiplier || previous.IsTens) && next.Kind is WordKind.Cardinal or WordKind.Digits,
                WordKind.Article => first && next.Kind == WordKind.Multiplier,
                _ => false,
            };
            if (word.Kind == WordKind.Cardinal) wordsOnly = true;
            previous = word;
            hasPrevious = true;
            return ok;
        }

        private bool AddCardinal(NumberWord word)
        {
            var v = word.Value;
            if (!hasPrevious || previous.Kind is WordKind.Multiplier or WordKind.And or WordKind.Article)
            {
                return AddToGroup(v);
            }

            if (previous.Kind != WordKind.Cardinal) return false;
            var last = previous.Value;
            if (previous.IsTens && word.IsUnit) return AddToGroup(v);
            if (last == 10 && v is >= 7 and <= 9 && !previous.Has(WordFlags.Composite)) return AddToGroup(v);
            if (previous.IsTens && current % 100 is 60 or 80 && v is >= 10 and < 20) return AddToGroup(v);
            if (last == 4 && v == 20 && previous.IsUnit)
            {
                current += 76;
                return true;
            }

            return false;
        }

        private bool AddToGroup(double v)
        {
            if (current % 100 != 0 && v < 100 && current % 10 != 0) return false;
            current += v;
            return true;
        }

        private bool AddDigits(NumberWord word, bool first)
        {
            if (first)
            {
                current = word.Value;
                return true;
            }

            var afterScale = previous.Kind == WordKind.Multiplier && previous.Value >= 1000;
            if ((previous.Kind != WordKind.And && !afterScale) || word.Value == 0 || word.Value >= 1000) return false;
            current += word.Value;
            return true;
        }

        private bool AddMultiplier(double m)
        {
            if (m == 100) return AddHundred();
            if (current == 0 && total > 0) return ScaleTotal(m);
            if (lastScale != 0 && m >= lastScale) return false;
            total += (current == 0 ? 1 : current) * m;
            current = 0;
            lastScale = m;
            return true;
        }

        private bool AddHundred()
        {
            if (current >= 100 && (wordsOnly || previous.Kind != WordKind.Digits)) return false;
            current = (current == 0 ? 1 : current) * 100;
            return true;
        }

        private bool ScaleTotal(double m)
        {
            if (previous.Kind != WordKind.Multiplier || m <= lastScale) return false;
            total *= m;
            lastScale = m;
            return true;
        }
    }
}
