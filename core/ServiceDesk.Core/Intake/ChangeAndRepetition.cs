using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// "Depuis la mise à jour…", "after I changed my password" (a recent change) and "à chaque fois" / "sometimes"
/// (whether it can be reproduced): two of seed 003's clarifying facts, when already said.
/// </summary>
public static partial class ChangeAndRepetition
{
    /// <summary>The clause that names a recent change, "" when the person says nothing changed, or null when not said.</summary>
    public static string? RecentChange(string text) =>
        NothingChanged().IsMatch(TextFolding.Fold(text)) ? ""
        : RecentChangePattern().Match(text) is { Success: true } m ? m.Value.Trim()
        : null;

    [GeneratedRegex(@"\b(rien n'a change|rien de change|rien change|aucun changement|pas de changement|rien de nouveau|nothing (has )?changed|no (recent )?changes?)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NothingChanged();

    /// <summary>True for "every time", false for "sometimes"/"only once", null when not said.</summary>
    public static bool? Reproducible(string folded) =>
        Always().IsMatch(folded) ? true : Sometimes().IsMatch(folded) ? false : null;

    [GeneratedRegex(@"(?:depuis|apres|après) (?:la|une|le|un|l'|ma|mon) ?(?:mise à jour|mise a jour|maj|mise-à-jour|changement|installation|nouveau|nouvelle|migration|déménagement|demenagement|redémarrage|redemarrage)[^,.;!?\n]{0,60}|(?:since|after) (?:the|an|a|my|i) ?(?:update|upgrade|change|changed|installed|install|migration|move|new|restart)[^,.;!?\n]{0,60}|j'ai changé (?:mon|de) [^,.;!?\n]{1,40}|i (?:changed|installed|updated) [^,.;!?\n]{1,40}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RecentChangePattern();

    [GeneratedRegex(@"\b(a chaque fois|chaque fois|tout le temps|systematiquement|(comme )?(chaque|toutes les) (semaine|jour|matin|soir|lundi|mardi|mercredi|jeudi|vendredi)s?|tous les (jours|matins|soirs|lundis|mardis|mercredis|jeudis|vendredis)|every (day|week|morning|evening|monday|tuesday|wednesday|thursday|friday)|every time|each time|all the time|always|consistently|every (few |couple of |\d+ )?(seconds?|minutes?|hours?)|toutes les (\d+ )?(secondes|minutes|heures)|keeps (on )?\w+ing|constantly|sans arret|sans cesse|constamment|n'arrete pas de|tout le temps)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Always();

    [GeneratedRegex(@"\b(parfois|de temps en temps|de temps a autre|une seule fois|par moments|aleatoirement|sometimes|from time to time|only once|intermittent(ly)?|randomly|now and then)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Sometimes();
}
