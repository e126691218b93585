using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// Finds the exact error message a person quotes ("il affiche « mot de passe incorrect »", "error 0x80070005",
/// "it says: cannot connect"), so it is recorded word for word rather than asked for again.
/// </summary>
public static partial class ErrorMessageExtractor
{
    /// <summary>The quoted message, "" when the person says there is none, or null when not said.</summary>
    public static string? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NoMessage().IsMatch(TextFolding.Fold(text)))
        {
            return "";
        }

        foreach (var pattern in (Regex[])[Quoted(), AfterColon(), SingleQuoted(), Code(), Usual()])
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return match.Groups["message"].Value.Trim().TrimEnd('.', ' ');
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(pas de message( d'erreur)?|aucun message( d'erreur)?|sans message( d'erreur)?|pas d'erreur affichee|no error( message)?|without (an )?error( message)?|no message)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoMessage();

    [GeneratedRegex(@"[«“""](?<message>[^«»“”""]{3,300})[»”""]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:message d'erreur|message d’erreur|erreur|error message|error|affiche|indique|dit|says|shows|message)\s*:\s*(?<message>[^\n.!?]{3,300})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterColon();

    [GeneratedRegex(@"(?<message>\b0x[0-9a-fA-F]{6,8}\b|\b(?:erreur|error|code)\s+[0-9]{3,5}\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Code();

    // 'Accès refusé' after the verb that shows it; an apostrophe inside French words is not a quote.
    [GeneratedRegex(@"(?:affiche|dit|indique|marque|says|shows|displays|reads)\s+'(?<message>[^'\n]{3,120})'(?=\s|[.,;!?]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SingleQuoted();

    // Messages people name without quoting them.
    [GeneratedRegex(@"(?<message>\b(?:acc[eè]s refus[ée]|access (?:is )?denied|permission denied|mot de passe incorrect|incorrect password|wrong password|not responding|ne r[ée]pond pas)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Usual();
}
