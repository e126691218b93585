using System.Text.RegularExpressions;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>
/// Knows, for each rule, the literal words its pattern is written with, so that a rule is run
/// only over the words it could match. A word of the text counts for a rule when one of its
/// letter runs is such a literal, begins one ("heure" for "heures?") or starts with one of four
/// letters or more ("janvier" for "janv"), and words of one or two letters count for the rules
/// written with a class of letters or a lone letter ("[ap]\s*m", "a\.?m" for "pm", "am"); a word holding a digit counts for the rules that read
/// digits, one holding a symbol for every rule. The other words are hidden (see <see cref="WordView"/>): no pattern matches the hiding
/// character, so the compiled regexes skip them with a vectorised search, and a rule with no
/// word to look at is not run at all. Built once per language from the patterns themselves, so
/// a new rule needs no second word list kept in step. Immutable and thread-safe.
/// </summary>
internal sealed class WordFilter
{
    public const int MostRules = 128;

    private const int ShortestStem = 4;

    private static readonly Regex Syntax = new(@"\\[pP]\{[^}]*\}|\\k<[^>]*>|\(\?<[a-z]+>|\(\?'[a-z]+'|\\[a-zA-Z]", RegexOptions.CultureInvariant);

    private static readonly Regex LetterClass = new(@"(?<!\\)\[[a-z]+\]", RegexOptions.CultureInvariant);

    private static readonly Regex NotLetters = new(@"[^\p{L}]+", RegexOptions.CultureInvariant);

    private readonly UInt128 shortWords;
    private readonly Dictionary<string, UInt128>.AlternateLookup<ReadOnlySpan<char>> starts;
    private readonly Dictionary<string, UInt128>.AlternateLookup<ReadOnlySpan<char>> stems;

    public WordFilter(IReadOnlyList<string> patterns)
    {
        if (patterns.Count > MostRules) throw new ArgumentException($"At most {MostRules} rules per language.", nameof(patterns));
        var literals = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        for (var rule = 0; rule < patterns.Count; rule++)
        {
            if (patterns[rule].Contains(@"\d", StringComparison.Ordinal) || patterns[rule].AsSpan().ContainsAnyInRange('0', '9')) Digits |= UInt128.One << rule;
            if (LetterClass.IsMatch(patterns[rule])) shortWords |= UInt128.One << rule;
            foreach (var word in NotLetters.Split(Syntax.Replace(patterns[rule], " ")))
            {
                if (word.Length > 0) literals[word] = literals.GetValueOrDefault(word) | (UInt128.One << rule);
                if (word.Length == 1) shortWords |= UInt128.One << rule;
            }
        }

        var prefixes = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var (word, rules) in literals)
        {
            for (var n = 1; n <= word.Length; n++) prefixes[word[..n]] = prefixes.GetValueOrDefault(word[..n]) | rules;
        }

        starts = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        stems = literals.Where(p => p.Key.Length >= ShortestStem).ToDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        All = patterns.Count == MostRules ? UInt128.MaxValue : (UInt128.One << patterns.Count) - 1;
    }

    /// <summary>Every rule's bit.</summary>
    public UInt128 All { get; }

    /// <summary>The rules that can match a digit (they say \d or name one).</summary>
    public UInt128 Digits { get; }

    /// <summary>
    /// The rules that could use this word of the text (a run without white space): those knowing
    /// one of its letter runs, those reading digits when it has one, all when it has a symbol;
    /// <paramref name="punctuation"/> says it is only plain punctuation ("-", ","), shown to all
    /// rules but no reason on its own to run one.
    /// </summary>
    public UInt128 RulesFor(ReadOnlySpan<char> token, out bool punctuation)
    {
        var rules = UInt128.Zero;
        punctuation = false;
        var letters = false;
        var i = 0;
        while (i < token.Length)
        {
            if (!char.IsLetter(token[i]))
            {
                if (char.IsAsciiDigit(token[i])) rules |= Digits;
                else if (!IsPlainPunctuation(token[i])) return All;
                i++;
                continue;
            }

            letters = true;
            var end = i;
            while (end < token.Length && char.IsLetter(token[end])) end++;
            rules |= RulesForLetters(token[i..end]);
            i = end;
        }

        punctuation = !letters && rules == 0;
        return punctuation ? All : rules;
    }

    private UInt128 RulesForLetters(ReadOnlySpan<char> word)
    {
        var rules = starts.TryGetValue(word, out var found) ? found : UInt128.Zero;
        if (word.Length <= 2) rules |= shortWords;
        for (var n = ShortestStem; n < word.Length; n++)
        {
            if (stems.TryGetValue(word[..n], out var stem)) rules |= stem;
        }

        return rules;
    }

    private static bool IsPlainPunctuation(char c) => c is '\'' or '-' or '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"';
}
