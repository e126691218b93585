namespace ServiceDesk.Bench.Desk;

/// <summary>
/// The conversation every simulated person holds, the same as the load bench's over XMPP: a problem described with
/// everything but impact and urgency (the date recognizer reads "depuis lundi", the knowledge base finds the Outlook
/// password article), the two numbered questions, the confirmation, the known error refused (a ticket), a status question.
/// </summary>
internal static class DeskScript
{
    public static readonly IReadOnlyList<string> Steps =
    [
        "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-{0:0000}",
        "1",
        "bloquée",
        "oui",
        "non",
        "où en est ma demande ?",
    ];
}
