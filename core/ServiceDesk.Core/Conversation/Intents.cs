using System.Text.RegularExpressions;
using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// What a requester can say at any point of the dialogue, whatever was asked: status, cancel, restart, a human,
/// thanks, hello, "je ne sais pas". Case- and accent-insensitive.
/// </summary>
public static partial class Intents
{
    /// <summary>"où en est ma demande ?", "statut", "status of ticket 42", "/status", "suivi de ma demande".</summary>
    public static bool IsStatusQuery(string text) => StatusPattern().IsMatch(TextFolding.Fold(text));

    /// <summary>"annuler", "cancel", "laisse tomber", "never mind".</summary>
    public static bool IsCancel(string text) => CancelPattern().IsMatch(TextFolding.Fold(text));

    /// <summary>"recommencer", "on reprend", "start over".</summary>
    public static bool IsRestart(string text) => RestartPattern().IsMatch(TextFolding.Fold(text));

    /// <summary>"je veux parler à quelqu'un", "un technicien", "human", "agent" (product brief: offer a human quickly).</summary>
    public static bool IsHumanRequest(string text) => HumanPattern().IsMatch(TextFolding.Fold(text));

    /// <summary>"merci", "merci, c'est bon", "non merci, c'est tout", "thanks, that's all".</summary>
    public static bool IsThanks(string text) => ThanksPattern().IsMatch(TextFolding.Fold(text));

    /// <summary>"c'est bon, ça remarche", "it works now", "c'est réglé": the problem went away by itself.</summary>
    public static bool IsSolvedItself(string text) => SolvedItselfPattern().IsMatch(TextFolding.Fold(text));

    /// <summary>A greeting and nothing else: "bonjour", "salut !", "hello".</summary>
    public static bool IsGreeting(string text) => GreetingPattern().IsMatch(TextFolding.Fold(text));

    /// <summary>"je ne sais pas", "aucune idée", "no idea": an answer too.</summary>
    public static bool IsDontKnow(string text) => DontKnowPattern().IsMatch(TextFolding.Fold(text));

    [GeneratedRegex(@"^\s*/status\b|\b(statut|status|o[uù] en (est|sont)|ou en est|etat de ma|suivi de ma|avancement de ma|des nouvelles de ma|news (of|on|about) my|update on my|what'?s happening with my)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"^\W*(/cancel|annul(er|e|ez)( (ma|la) demande)?|cancel( it| my request)?|laisse[zr]? tomber|never ?mind|oublie[zr]?( ca)?|abandonner)\W*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CancelPattern();

    [GeneratedRegex(@"^\W*(/restart|recommencer|recommence[zr]?|on (recommence|reprend)( (tout|depuis le debut))?|reprendre (depuis le debut|a zero)|start (over|again)|restart)\W*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RestartPattern();

    [GeneratedRegex(@"^\W*(/human|/humain|humain|human|agent|technicien|technician|operateur|operator)\W*$|\b(parler|discuter|avoir) (a|avec) (quelqu'un|une personne|un humain|un technicien|un etre humain|une vraie personne|un agent)|\b(talk|speak|chat) (to|with) (someone|somebody|a human|a person|a technician|an agent|a real person)|\b(un|a) (vrai|real) (humain|human|person)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HumanPattern();

    [GeneratedRegex(@"^(?=.*\b(merci|thanks?|thank you|thx|c'est (bon|tout|regle)|that'?s (all|it)|nothing else|rien d'autre|ca ira)\b)\W*((non|no)[ ,]*)?(merci( beaucoup| bien)?|thanks?( you)?( very much| a lot)?|thx|parfait|super|ok|d'accord)?[ ,!.]*(c'est (bon|tout|parfait|regle|ok)|ca ira|rien d'autre|that'?s (all|it|fine)|nothing else|all good)?[ ,!.]*(merci( beaucoup)?|thanks?( you)?|bonne journee|have a (nice|good) day)?\W*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThanksPattern();

    [GeneratedRegex(@"\b(c'est bon|c'est regle|c'est resolu|ca (re)?marche (maintenant|a nouveau|de nouveau)|ca remarche|ca refonctionne|probleme (regle|resolu)|it works (now|again)|it'?s working (now|again)|all good now|sorted( now)?|never ?mind,? it works|fixed itself|resolved itself)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SolvedItselfPattern();

    [GeneratedRegex(@"^\W*(bonjour|bonsoir|salut|coucou|hello|hi|hey|good (morning|afternoon|evening))( (a vous|tout le monde|there|everyone))?\W*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GreetingPattern();

    [GeneratedRegex(@"\b(je ne sais pas|je sais pas|j'en sais rien|sais pas|aucune idee|pas d'idee|je ne suis pas sur|jsp|no idea|i don'?t know|dunno|not sure|i'?m not sure|je ne me souviens (pas|plus))\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DontKnowPattern();
}
