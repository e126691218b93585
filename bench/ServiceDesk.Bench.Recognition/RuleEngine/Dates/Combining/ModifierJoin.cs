using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Vocabulary;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Combining;

/// <summary>Opens a reading with the words around it: "since Monday", "avant 2000", "jusqu'à 17h", "3 pm or later", "around 1pm".</summary>
internal static class ModifierJoin
{
    private static readonly Regex EnglishBefore = Patterns.Create(
        @"(?:^|[^\p{L}'])(?<p>no\s+later\s+than|not\s+later\s+than|prior\s+to|earlier\s+than|before|by|until|till|up\s+to|as\s+late\s+as|since|starting\s+from|starting|beginning\s+on|beginning|as\s+early\s+as|any\s+time\s+from|after|later\s+than|no\s+earlier\s+than|around|approximately|circa|<\s*=|>\s*=|<|>)\s*(?:the\s+year\s+|the\s+)?$");

    private static readonly Regex FrenchBefore = Patterns.Create(
        @"(?:^|[^\p{L}'])(?<p>avant|jusqu'a|jusqu'au|jusqu'en|jusqu'|d'ici|depuis|a\s+partir\s+de|a\s+partir\s+du|a\s+partir\s+d'|des|apres|vers|environ|aux\s+alentours\s+de|autour\s+de|au\s+plus\s+tard)\s*(?:le|la|l'|les)?\s*$");

    private static readonly Regex After = Patterns.Create(@"^\s*(?<p>or\s+later|and\s+later|or\s+after|onwards|and\s+after|or\s+earlier|or\s+before|and\s+earlier|ou\s+plus\s+tard|et\s+apres|ou\s+apres|ou\s+avant)\b(?!\s*(?:\d|than|que|le\b|la\b))");

    public static Candidate? Try(Candidate c, DateContext context)
    {
        if (c.Value.Mod is not (null or "end") && c.Value is not TimeRangeValue { Name: not null }) return null;
        if (c.Value is not (DateValue or DateRangeValue or TimeValue or DateTimeValue or DateTimeRangeValue or TimeRangeValue)) return null;
        var before = (context.French ? FrenchBefore : EnglishBefore).Match(context.Before(c.Start, 30));
        var equal = context.Folded[c.Start] == '=';
        if (before.Success && equal && before.Groups["p"].Value is "<" or ">")
        {
            return With(c, before.Groups["p"].Value == "<" ? "until" : "since", c.Start - (before.Length - before.Groups["p"].Index + before.Index), c.End);
        }

        if (before.Success) return With(c, ModOf(before.Groups["p"].Value, c.Value), c.Start - (before.Length - before.Groups["p"].Index + before.Index), c.End);
        var after = After.Match(context.After(c.End, 20));
        return after.Success ? With(c, ModOf(after.Groups["p"].Value, c.Value), c.Start, c.End + after.Length) : null;
    }

    private static Candidate? With(Candidate c, string? mod, int start, int end)
    {
        if (mod is null) return null;
        if (c.Value.Mod is "end" && mod == "before") mod = "before-end";
        else if (c.Value.Mod is "end" && mod == "since") mod = "since-end";
        else if (c.Value.Mod is not null) return null;
        return new Candidate(start, end, c.Value with { Mod = mod });
    }

    private static string? ModOf(string phrase, Temporal value) => DateVocabulary.Clean(phrase) switch
    {
        "before" or "prior to" or "earlier than" or "by" or "no later than" or "not later than" or "avant" or "d'ici" or "au plus tard" => "before",
        "until" or "till" or "up to" or "as late as" or "jusqu'a" or "jusqu'au" or "jusqu'en" or "jusqu'" or "< =" or "<=" or "or earlier" or "or before"
            or "and earlier" or "ou avant" => "until",
        "since" or "starting" or "starting from" or "beginning" or "beginning on" or "as early as" or "any time from" or "depuis" or "a partir de"
            or "a partir du" or "a partir d'" or "des" or "or later" or "and later" or "onwards" or "> =" or ">=" or "ou plus tard" => "since",
        "after" or "later than" or "no earlier than" or "apres" or "or after" or "and after" or "et apres" or "ou apres" or ">" => "after",
        "<" => "before",
        _ => value is DateRangeValue && DateVocabulary.Clean(phrase) is "about" or "around" ? null : "approx",
    };
}
