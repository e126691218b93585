using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// Notices an upset person (seed 001, "Utilisateur fâché": listen, show empathy, apologise): insults,
/// shouting in capitals, "ça fait trois fois", "inadmissible", a row of exclamation marks. "Non, toujours
/// pas" (the answer to "did that solve it?") is disappointment, not anger: it is not read as upset.
/// </summary>
public static partial class Mood
{
    public static bool IsUpset(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Upset().IsMatch(TextFolding.Fold(text)) || IsShouting(text);
    }

    private static bool IsShouting(string text)
    {
        int letters = 0, capitals = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                capitals += char.IsUpper(c) ? 1 : 0;
            }
        }

        return letters >= 12 && capitals * 10 >= letters * 7;
    }

    [GeneratedRegex(@"\b(inadmissible|inacceptable|scandale|scandaleux|n'importe quoi|ras le bol|j'en ai marre|marre|ca fait (deux|trois|quatre|plusieurs|\d+) fois|c'est la (deuxieme|troisieme|quatrieme|\d+e) fois|encore une fois|personne ne fait rien|nuls?|incompetents?|putain|merde|bordel|fait chier|unacceptable|ridiculous|fed up|(second|third|fourth|\d+(st|nd|rd|th)) time|yet again|useless|incompetent|fuck\w*|shit|damn|wtf)\b|!{3,}",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Upset();
}
