namespace ServiceDesk.Bot.Tests.Support;

/// <summary>What the simulated people of the end-to-end tests say, where several tests need the same words.</summary>
internal static class Sayings
{
    /// <summary>A first message that says what, since when, what changed and the workstation: the next question is the impact.</summary>
    public const string OutlookOpening = "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423";
}
