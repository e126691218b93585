using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Resolution;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates;

/// <summary>
/// Runs the rules over the folded text, lets the combiner join neighbours, keeps the longest
/// non-overlapping readings and writes them out.
/// </summary>
internal static class DateTimeEngine
{
    private const int LongestInput = 20_000;

    private static readonly System.Text.RegularExpressions.Regex MeridiemDot = Patterns.Create(@"[ap]\s*\.\s*m\s*\.$");

    public static IReadOnlyList<DateTimeResult> Run(string text, bool french, DateTime reference)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > LongestInput) return text.Length > LongestInput ? Chunked(text, french, reference) : [];
        var book = RuleBook.For(french);
        var context = new DateContext(text, TextNormalizer.Normalize(text), book.Words, reference);
        var atoms = WithoutTicketNumbers(Atoms(book, context), context.Folded);
        var all = Combiner.Combine(atoms, context);
        return Select(all).Select(c => Write(c, context)).ToList();
    }

    /// <summary>Every rule's readings; <paramref name="filtered"/> false runs each rule over all words (for checking the filter).</summary>
    internal static List<Candidate> Atoms(RuleBook book, DateContext context, bool filtered = true)
    {
        var atoms = new List<Candidate>();
        var view = filtered ? new WordView(context.Folded, book.Filter) : null;
        for (var i = 0; i < book.Rules.Count; i++)
        {
            var text = view is null ? context.Folded : Seen(view, i, book.Rules[i]);
            if (text is null) continue;
            foreach (var match in Patterns.Scan(book.Rules[i].Pattern, text))
            {
                if (book.Rules[i].Build(match, context) is { } value && Trimmed(match, context) is { } span) atoms.Add(new Candidate(span.Start, span.End, value));
            }
        }

        return atoms;
    }

    /// <summary>"ticket 1530", "demande 2023", "#1130" name tickets: no reading may use their number (not a time, not a year).</summary>
    private static List<Candidate> WithoutTicketNumbers(List<Candidate> atoms, string folded)
    {
        var tickets = ServiceDesk.Core.Recognition.Tickets.TicketReferenceRecognizer.NumberSpans(folded);
        if (tickets.Count > 0) atoms.RemoveAll(a => tickets.Exists(t => a.Start < t.End && t.Start < a.End));
        return atoms;
    }

    /// <summary>The text rule <paramref name="index"/> sees, when it matches there at all (most rules do not: no string is made for them).</summary>
    private static string? Seen(WordView view, int index, Rule rule)
    {
        var seen = view.For(index);
        return !seen.IsEmpty && Patterns.IsMatch(rule.Pattern, seen) ? new string(seen) : null;
    }

    private static (int Start, int End)? Trimmed(System.Text.RegularExpressions.Match match, DateContext context)
    {
        var span = match.Groups["span"].Success ? match.Groups["span"] : (System.Text.RegularExpressions.Capture)match;
        var end = span.Index + span.Length;
        while (end > span.Index && char.IsWhiteSpace(context.Folded[end - 1])) end--;
        if (end > span.Index + 1 && context.Folded[end - 1] == '.' && !MeridiemDot.IsMatch(context.Folded[span.Index..end])) end--;
        return end > span.Index ? (span.Index, end) : null;
    }

    internal static List<Candidate> Select(IEnumerable<Candidate> all)
    {
        var chosen = new List<Candidate>();
        foreach (var c in all.Where(c => c.Value is not NumberValue).OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!chosen.Any(c.Overlaps)) chosen.Add(c);
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    internal static DateTimeResult Write(Candidate c, DateContext context)
    {
        var resolution = Resolver.Resolve(c.Value, context.Reference);
        return new DateTimeResult(context.Text[c.Start..c.End], c.Start, c.End - 1, "datetimeV2." + resolution.Type, [resolution]);
    }

    private static List<DateTimeResult> Chunked(string text, bool french, DateTime reference)
    {
        var results = new List<DateTimeResult>();
        for (var start = 0; start < text.Length; start += LongestInput)
        {
            var piece = text.Substring(start, Math.Min(LongestInput, text.Length - start));
            results.AddRange(Run(piece, french, reference).Select(r => r with { Start = r.Start + start, End = r.End + start }));
        }

        return results;
    }
}
