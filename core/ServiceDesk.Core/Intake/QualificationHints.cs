using System.Text.RegularExpressions;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// Impact and urgency when the person already said them in their description ("toute l'équipe est bloquée",
/// "nobody in the office can print", "pas urgent"), so the bot does not ask again (seed 000 §5: listen first).
/// </summary>
public static partial class QualificationHints
{
    public static Impact? Impact(string folded) =>
        EveryoneInATeam().IsMatch(folded) ? Tickets.Impact.TeamOrVip
        : Organisation().IsMatch(folded) ? Tickets.Impact.WholeOrganisation
        : OnlyMe().IsMatch(folded) ? Tickets.Impact.OneUser
        : Team().IsMatch(folded) ? Tickets.Impact.TeamOrVip
        : null;

    public static Urgency? Urgency(string folded) =>
        CanLiveWith().IsMatch(folded) ? Tickets.Urgency.CanLiveWith
        : Blocked().IsMatch(folded) ? Tickets.Urgency.Blocked
        : Slowed().IsMatch(folded) ? Tickets.Urgency.SlowedDown
        : null;

    // "tout le monde à la compta", "everyone in my team": everyone, but of one team (seed 002 §2.5).
    [GeneratedRegex(@"\b(tout le monde|toutes? les personnes|tous mes collegues|everyone|everybody|all of us|personne) (a|au|aux|a la|de la|du|dans|de|sur|chez|in|on|at|from) (la |le |l'|mon |ma |notre |nos |my |our |the )?(compta\w*|service|equipe|etage|bureau|departement|agence|rh|accueil|team|floor|department|accounting|sales|marketing|hr|reception|branch)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EveryoneInATeam();

    [GeneratedRegex(@"\b(tout le monde|toute l'entreprise|toute l'organisation|toute la boite|tous les (services|bureaux|utilisateurs|sites|postes)|plus personne|personne n'(a|arrive|peut)|aucun (utilisateur|poste)|everyone|everybody|nobody (can|in|here)|no one (can|in)|the whole (company|office|organi[sz]ation|building|site)|tout le (batiment|site|siege)|tout l'immeuble|toute la societe|the entire (company|organi[sz]ation|building|site)|all (users|staff|offices|computers))\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Organisation();

    [GeneratedRegex(@"\b(toute l'equipe|toute mon equipe|mon equipe|notre equipe|mes collegues|plusieurs collegues|tout le service|tout mon service|notre service|le directeur|la directrice|le president|la presidente|(notre|le|la|mon|ma) (pdg|dg|directeur general|directrice generale|chef|cheffe|responsable|patron|patronne)|(our|the|my) (ceo|boss|manager|director|president|head of department)|\bvip\b|my team|our team|the whole team|my whole team|our whole team|the entire team|toute notre equipe|my colleagues|several colleagues|our department|the whole department|the director|the ceo|my boss)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Team();

    [GeneratedRegex(@"\b(juste moi|que moi|seulement moi|uniquement moi|moi seule?|je suis (la |le )?seule? (a etre )?touche(e)?|seule? touche(e)?|il n'y a que moi|personne d'autre|only me|just me|only mine|only i am|i'?m the only one|nobody else|no one else|(mes collegues|les autres) (n'ont|ont pas|n'ont pas)|(my colleagues|the others) (are fine|don't have|do not have))\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnlyMe();

    [GeneratedRegex(@"(?<!\b(pas|plus|not|n't|never) (vraiment |completement |totalement |really |completely )?)\b(bloque(e|es|s)?|bloquant|je ne peux (plus|pas) (rien faire|travailler)|impossible de travailler|je suis coince(e)?|blocked|i can'?t work|i cannot work|can't do anything|stuck|(i )?can'?t do my (job|work)|unable to work|je peux rien faire|je ne peux plus bosser)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Blocked();

    [GeneratedRegex(@"\b(ralenti(e|s|es)?|ca me ralentit|ca me gene|genant|embetant|penible|je perds du temps|je peux (quand meme |encore )?(continuer|travailler)|slows? me down|slowed down|i'm slowed|losing time|annoying|but i can (still )?(work|continue)|i can still work)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Slowed();

    [GeneratedRegex(@"\b(pas urgent|rien d'urgent|pas presse(e)?|ca peut attendre|quand vous aurez le temps|je peux faire avec|not urgent|no rush|it can wait|whenever you can|i can live with it)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CanLiveWith();
}
