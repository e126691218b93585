using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Tests.Intake;

public sealed class ErrorMessageExtractorTests
{
    [Theory]
    [InlineData("Outlook affiche « Mot de passe incorrect » quand je me connecte", "Mot de passe incorrect")]
    [InlineData("it says \"The trust relationship has failed\" every time", "The trust relationship has failed")]
    [InlineData("message d'erreur : impossible de joindre le serveur. Merci", "impossible de joindre le serveur")]
    [InlineData("Windows update fails with 0x80070005", "0x80070005")]
    [InlineData("error 404 on the intranet", "error 404")]
    [InlineData("ça affiche 'Accès refusé' quand j'ouvre le dossier", "Accès refusé")]
    [InlineData("it says access denied when I open the folder", "access denied")]
    [InlineData("le message dit : votre session a expiré", "votre session a expiré")]
    [InlineData("I get the error: Cannot connect to server.", "Cannot connect to server")]
    public void Find_QuotedOrCodedMessage_ReturnsItVerbatim(string text, string expected) =>
        Assert.Equal(expected, ErrorMessageExtractor.Find(text));

    [Fact]
    public void Find_NoMessage_ReturnsNull() => Assert.Null(ErrorMessageExtractor.Find("l'imprimante ne marche plus"));
}
