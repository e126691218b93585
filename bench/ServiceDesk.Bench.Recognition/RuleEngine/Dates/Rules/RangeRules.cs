using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>Stretches named from today: "next week", "la semaine dernière", "this month", "the weekend", "last 3 months", "les 13 dernières minutes".</summary>
internal static class RangeRules
{
    private const string EnglishUnits = @"week|month|year|quarter|weekend|decade|fortnight|work\s*week|working\s+week|business\s+week";
    private const string FrenchUnits = @"semaine|mois|annee|an|week[\s-]?end|trimestre|decennie";

    public static IEnumerable<Rule> For(DateVocabulary words)
    {
        var f = new Fragments(words);
        if (words.French)
        {
            yield return R($@"\b(?:(?:la|le|l')\s*)?(?<unit>{FrenchUnits})\s+(?<rel>prochaine?|derniere?|passee?|precedente?|suivante?|en\s+cours|courante?|qui\s+vient)\b", Named);
            yield return R($@"\b(?<rel>cette|ce|cet)\s+(?<unit>{FrenchUnits})(?:[\s-]ci)?\b", Named);
            yield return R($@"\b{f.Amount}\s+(?<rel>dernieres?|derniers|prochaines?|prochains|passees?|passes)\s+{f.Unit}(?![\p{{L}}])", Counted);
            yield return R($@"\b(?:les|ces)\s+(?<rel>dernieres?|derniers|prochaines?|prochains)\s+{f.Amount}\s+{f.Unit}(?![\p{{L}}])", Counted);
            yield break;
        }

        yield return R($@"\b(?:the\s+(?=(?:next|last|previous|past|following|coming)\s+decade))?(?<rel>this|next|last|previous|past|following|coming|current|upcoming|the)\s+(?<unit>{EnglishUnits})\b(?!\s+(?:of\s+)?\d{{1,4}}\b(?![.:]\d|\s*[ap]\.?\s*m\b))", Named);
        yield return R(@"\b(?<rel>the)\s+(?<unit>week)\s+after\s+next\b", (m, c) => Spans.Unit("week", 2, c.Reference));
        yield return R(@"\b(?<unit>weekend)\b", (m, c) => Spans.Unit("weekend", 0, c.Reference));
        yield return R($@"\b(?<rel>next|last|past|previous|following|coming|within\s+(?:the\s+)?next)\s+{f.Amount}\s+{f.Unit}(?![\p{{L}}])", Counted);
        yield return R($@"\b{f.Amount}\s+(?<rel>next|past|coming|last|previous|following)\s+{f.Unit}(?![\p{{L}}])", Counted);
        yield return R(@"\b(?<rel>next|last|past|previous)\s+(?<unit>hour|minute|second)\b", Counted);
        yield return R($@"\b(?<rel>next|last|past|previous|following|coming)\s+{f.Amount}\s+(?<q>quarters)\b", (m, c) =>
            Amounts.Whole(m.Text("num"), c) is { } n and > 0 ? CountedSpan.Of(n, DurationUnit.Month, m.Text("rel") is "last" or "past" or "previous", false, "quarter", c) : null);
    }

    private static readonly Regex LastIsAVerb = Patterns.CreateEndAnchored(@"(?:\b(?:will|would|shall|should|could|can|may|might|to|not|does|did|do)|n't)\s*$");

    private static Rule R(string pattern, Func<Match, DateContext, Temporal?> build) => new(Patterns.Create(pattern), build);

    private static Temporal? Named(Match m, DateContext c)
    {
        var unit = DateVocabulary.Clean(m.Text("unit")).Replace("workweek", "work week", StringComparison.Ordinal);
        if (unit is "week end" or "weekend") unit = "weekend";
        var shift = DateVocabulary.Clean(m.Text("rel")) switch
        {
            "next" or "following" or "coming" or "upcoming" or "prochain" or "prochaine" or "suivant" or "suivante" or "qui vient" => 1,
            "last" or "previous" or "past" or "dernier" or "derniere" or "passe" or "passee" or "precedent" or "precedente" => -1,
            _ => 0,
        };
        return Spans.Unit(unit, shift, c.Reference);
    }

    private static Temporal? Counted(Match m, DateContext c)
    {
        var amount = m.Has("num") ? Amounts.Parse(m.Text("num"), c) : 1;
        var unit = c.Words.UnitOf(m.Text("unit"));
        if (amount is not { } n || n <= 0 || n % 1 != 0 || unit is null) return null;
        var rel = DateVocabulary.Clean(m.Text("rel"));
        if (n > 1 && !m.Text("unit").EndsWith('s')) return null;
        if (rel == "last" && LastIsAVerb.IsMatch(c.Before(m.Index, 16))) return null;
        var back = rel.Contains("last", StringComparison.Ordinal) || rel.Contains("past", StringComparison.Ordinal) || rel.Contains("previous", StringComparison.Ordinal)
            || rel.StartsWith("dernier", StringComparison.Ordinal) || rel.StartsWith("pass", StringComparison.Ordinal);
        var within = rel.StartsWith("within", StringComparison.Ordinal);
        return CountedSpan.Of((int)n, unit.Value, back, within, m.Text("unit"), c);
    }
}
