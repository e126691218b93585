using ServiceDesk.Core.Recognition.Choices;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// What requesters are told about an outage, in their language: courteous, short, personal, and never a promise of a
/// technician's time (seed 002 §2.4: "vous ne devez avancer aucun chiffre"). The choices are numbered by the channel and
/// read by number or by words ("1", "ce n'est pas ça", "prévenez-moi", "notify me").
/// </summary>
public static class OutageWords
{
    private static readonly Dictionary<string, string> EnglishServices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["messagerie"] = "email", ["réseau"] = "the network", ["reseau"] = "the network", ["téléphonie"] = "the phones",
        ["telephonie"] = "the phones", ["imprimantes"] = "the printers", ["internet"] = "the internet",
    };

    /// <summary>The two answers to the known-outage notice: not it, or tell me.</summary>
    public static readonly IReadOnlyList<ChoiceOption> KnownChoices =
    [
        new("ce n'est pas ça", ["pas ca", "ce n'est pas ca", "c'est pas ca", "autre chose", "autre probleme", "non", "not it", "that's not it", "something else", "no"]),
        new("prévenez-moi", ["previenez moi", "previenez-moi", "prevenez moi", "tenez moi au courant", "oui", "notify me", "let me know", "keep me posted", "tell me", "yes"]),
    ];

    public static IReadOnlyList<string> KnownChoiceLabels(string language) => language == "en"
        ? ["That's not it: my problem is something else", "Let me know when it is fixed"]
        : ["Ce n'est pas ça : mon problème est autre", "Prévenez-moi quand c'est rétabli"];

    /// <summary>"oui", "1", "ça marche" → true; "non", "2", "toujours pas" → false; anything else null.</summary>
    public static bool? ReadConfirmation(string text, string language)
    {
        var culture = language == "en" ? "en-US" : "fr-FR";
        return YesNoRecognizer.Recognize(text, culture) ?? ChoiceRecognizer.Recognize(text, ConfirmChoices, culture) switch
        {
            0 => true,
            1 => false,
            _ => null,
        };
    }

    private static readonly IReadOnlyList<ChoiceOption> ConfirmChoices =
    [
        new("oui ça marche", ["ca marche", "ca fonctionne", "c'est bon", "it works", "working", "fixed"]),
        new("non toujours pas", ["toujours pas", "ca ne marche pas", "still not", "not working", "still broken"]),
    ];

    public static IReadOnlyList<string> ConfirmChoiceLabels(string language) => language == "en"
        ? ["Yes, it works", "No, still not"]
        : ["Oui, ça marche", "Non, toujours pas"];

    /// <summary>The first answer to someone writing about the service while the outage is open.</summary>
    public static string Known(Outage outage, string language, string since)
    {
        ArgumentNullException.ThrowIfNull(outage);
        var latest = outage.Updates.LastOrDefault(u => !u.Resolves);
        return language == "en"
            ? $"We know: an incident is affecting {ServiceIn("en", outage.Service)} since {since} ({outage.Name}{Seen(outage, language)}). "
              + "No need to open a request: your message is noted and linked to it. The support team is working on it and will keep you posted here."
              + (latest is null ? "" : $" Latest news: {latest.Text}")
            : $"Nous sommes au courant : un incident touche {ServiceIn("fr", outage.Service)} depuis {since} ({outage.Name}{Seen(outage, language)}). "
              + "Inutile d'ouvrir une demande : votre message est noté et rattaché à cet incident. L'équipe support y travaille et vous tiendra informé(e) ici."
              + (latest is null ? "" : $" Dernière nouvelle : {latest.Text}");
    }

    public static string Subscribed(Outage outage, string language) => language == "en"
        ? $"Noted: I will write to you here when there is news about {ServiceIn("en", outage.Service)} ({outage.Name}) and when it is fixed."
        : $"C'est noté : je vous écris ici dès qu'il y a du nouveau sur {ServiceIn("fr", outage.Service)} ({outage.Name}) et quand ce sera rétabli.";

    public static string Declined(string language) => language == "en"
        ? "All right, so it is something else. Let us look at your request:"
        : "D'accord, c'est donc autre chose. Voyons votre demande :";

    public static string StillKnown(Outage outage, string language) => language == "en"
        ? $"The incident affecting {ServiceIn("en", outage.Service)} ({outage.Name}) is still being worked on; you are on the list of people told, and I will write to you here when there is news."
        : $"L'incident qui touche {ServiceIn("fr", outage.Service)} ({outage.Name}) est toujours en cours de traitement ; vous êtes sur la liste des personnes prévenues, je vous écris ici dès qu'il y a du nouveau.";

    public static string Update(Outage outage, string language, string text) => language == "en"
        ? $"Incident affecting {ServiceIn("en", outage.Service)} ({outage.Name}), news: {text}"
        : $"Incident sur {ServiceIn("fr", outage.Service)} ({outage.Name}), des nouvelles : {text}";

    public static string Resolved(Outage outage, string language, string text) => language == "en"
        ? $"Good news: the incident affecting {ServiceIn("en", outage.Service)} ({outage.Name}) is resolved: {text}. Could you check that everything works for you now?"
        : $"Bonne nouvelle : l'incident sur {ServiceIn("fr", outage.Service)} ({outage.Name}) est résolu : {text}. Pouvez-vous vérifier que tout fonctionne de votre côté ?";

    public static string Thanks(string language) => language == "en"
        ? "Thank you for confirming. Have a good day!"
        : "Merci pour votre confirmation. Bonne journée !";

    public static string StillBroken(string language) => language == "en"
        ? "I am sorry it still does not work for you. I am taking your request for the support team:"
        : "Désolé que cela ne fonctionne toujours pas chez vous. Je prends votre demande pour l'équipe support :";

    /// <summary>The service as a sentence names it: "la messagerie", "email".</summary>
    public static string ServiceIn(string language, string service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (language == "en")
        {
            return EnglishServices.TryGetValue(service, out var english) ? english : service;
        }

        return service.ToLowerInvariant() switch
        {
            "messagerie" or "téléphonie" or "telephonie" => "la " + service,
            "imprimantes" => "les imprimantes",
            "vpn" or "réseau" or "reseau" or "wi-fi" or "wifi" or "intranet" => "le " + service,
            _ => service,
        };
    }

    private static string Seen(Outage outage, string language) =>
        outage.Symptom.Length == 0 ? "" : language == "en" ? $": “{outage.Symptom}”" : $" : « {outage.Symptom} »";
}
