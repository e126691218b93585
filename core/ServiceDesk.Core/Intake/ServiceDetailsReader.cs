using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// A service request's own facts when the person already gave them (seed 000 §6, the training room
/// "pour le lendemain"): for whom, by when, where. The person's words are kept as they wrote them.
/// </summary>
public static partial class ServiceDetailsReader
{
    /// <summary>"pour ma nouvelle collègue Julie Martin", "for my new colleague Sarah Lee", "pour moi" → who; null when not said.</summary>
    public static string? ForWhom(string text) =>
        Self().IsMatch(text) ? Clean(Self().Match(text).Groups["who"].Value)
        : Someone().Match(text) is { Success: true } m ? Clean(m.Groups["who"].Value)
        : null;

    /// <summary>"pour demain", "d'ici vendredi", "by Friday", "before the 3rd" → the words; null when not said.</summary>
    public static string? ByWhen(string text) => Deadline().Match(text) is { Success: true } m ? Clean(m.Value) : null;

    /// <summary>"salle B12", "bureau 3.14", "room B12, 1st floor", "au 3e étage" → the words; null when not said.</summary>
    public static string? Where(string text) => Place().Match(text) is { Success: true } m ? Clean(m.Value) : null;

    private static string Clean(string words) => words.Trim().TrimEnd('.', ',', ';', '!', '?').Trim();

    [GeneratedRegex(@"\b(?:pour|for) (?<who>moi(?:-même)?|myself|me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Self();

    [GeneratedRegex(@"\b(?:pour|for) (?<who>(?:mon|ma|mes|notre|nos|my|our|the|le|la|les|un|une|a|an) (?:(?:nouvel(?:le)?|nouveaux|nouveau|new|future?) )?(?:coll[eè]gues?|colleagues?|stagiaires?|trainees?|interns?|arrivant(?:e|s)?|starters?|assistante?|assistant|manager|responsable|directeur|directrice|[ée]quipe|team|service)(?: [A-ZÉ][\p{L}'-]+(?: [A-ZÉ][\p{L}'-]+)?| de [\p{L}'-]+)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Someone();

    [GeneratedRegex(@"\b(?:pour|d'ici|avant|au plus tard|by|before|for|no later than) (?:(?:le|la|ce|cette|this|next|the|mardi|lundi) )?(?:demain(?: matin| midi| soir)?|apr[eè]s-demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine|fin de (?:la )?semaine|fin du mois|tomorrow(?: morning)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|end of (?:the )?(?:week|month)|\d{1,2}(?:er)? (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)|(?:the )?\d{1,2}(?:st|nd|rd|th)(?: of \p{L}+)?|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\b(?:salle|bureau|room|office|b[aâ]timent|building) (?=[\p{L}\d.\-]*\d)[\p{L}\d][\p{L}\d.\-]*(?:,? (?:au )?\d+(?:er|e|st|nd|rd|th) (?:[ée]tage|floor))?|\b(?:au|on the) \d+(?:er|e|st|nd|rd|th) (?:[ée]tage|floor)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Place();
}
