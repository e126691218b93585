namespace ServiceDesk.Bench.Load;

/// <summary>
/// The guided conversation every simulated person holds: a problem described with everything but impact and
/// urgency, the two numbered questions, the confirmation, the known error offered (it does not help:
/// a ticket), then a status question.
/// Each step is what the person says and a fragment the awaited answer contains.
/// </summary>
internal static class ConversationScript
{
    public static readonly IReadOnlyList<(string Say, string BotAnswer)> Steps =
    [
        ("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423", "1. Juste moi"),
        ("1", "1. Bloqué(e)"),
        ("bloquée", "C'est bien ça ?"),
        ("oui", "Est-ce que cela a résolu"),
        ("non", "priorité *P3*"),
        ("où en est ma demande ?", "nouvelle"),
    ];

    /// <summary>The step whose answer means a ticket was opened.</summary>
    public const int TicketStep = 4;
}
