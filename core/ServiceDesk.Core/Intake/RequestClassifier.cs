using System.Text.RegularExpressions;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// Qualifies the request type from the person's words (seed 000 §2: purchase and installation, technical
/// problem, usage question; seed 003: assistance, anomaly, evolution). Something broken wins over the rest:
/// "I need help, Outlook crashes" is an incident.
/// </summary>
public static partial class RequestClassifier
{
    public static RequestType Classify(string folded) =>
        Complaint().IsMatch(folded) ? RequestType.Complaint
        : Broken().IsMatch(folded) ? RequestType.Incident
        : Usage().IsMatch(folded) ? RequestType.UsageQuestion
        : Change().IsMatch(folded) ? RequestType.ChangeRequest
        : Service().IsMatch(folded) ? RequestType.ServiceRequest
        : RequestType.Incident;

    [GeneratedRegex(@"\b(ne (marche|fonctionne|s'ouvre|demarre|repond|s'allume|imprime|se connecte|charge|s'affiche)|(marche|fonctionne) (plus|pas|mal)|plante|crash|bug|erreur|en panne|panne|bloque|impossible|refuse|n'arrive (pas|plus)|disparu|ne trouve plus|perdu|lent|rame|coupe|not working|doesn'?t work|isn'?t working|won'?t|can'?t|cannot|broken|error|fails?|failed|stopped|down|keeps? (crashing|asking|freezing)|freez|frozen|slow|missing|lost|no (sound|internet|network|signal))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Broken();

    [GeneratedRegex(@"\b(comment (je (fais|peux|dois)|on (fait|peut|doit)|ca marche|cela marche|faire|faut-il|puis-je|je peux|est-ce qu|on|partager|creer|ajouter|changer|activer|configurer|mettre)|ou (trouver|se trouve)|est-ce possible de|how (do|can|to|should|does|would)|c'est quoi la procedure|quelle est la procedure|what'?s the (procedure|way to)|where (can|do) i|is it possible to)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Usage();

    [GeneratedRegex(@"\b(evolution|ajouter une fonctionnalite|nouvelle fonctionnalite|ce serait bien que|il faudrait que (l'application|le logiciel|l'outil)|feature request|new feature|it would be (nice|great|good) if|could you change the)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Change();

    [GeneratedRegex(@"\b(install(er|ation|e)?|je voudrais|j'aimerais|j'ai besoin d'(un|une)|besoin d'(un|une) (nouveau|nouvelle|autre)|commander|acheter|achat|acces a|donner acces|droits? (d'acces|sur)|creer un compte|nouvel arrivant|nouvelle arrivante|salle de formation|preter|pret d'|i need (a|an|access)|i would like|i'd like|could i (get|have)|can i (get|have)|request (a|an|access)|purchase|buy|new starter|access to)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Service();

    [GeneratedRegex(@"\b(plainte|je me plains|je veux me plaindre|personne ne me repond|personne ne m'a repondu|complaint|i want to complain|nobody (answers|answered|replies))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Complaint();
}
