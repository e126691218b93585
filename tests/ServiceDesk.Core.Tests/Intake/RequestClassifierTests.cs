using ServiceDesk.Core.Intake;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Intake;

/// <summary>Seed 000 §2 and seed 003: the kinds of requests a desk receives.</summary>
public sealed class RequestClassifierTests
{
    [Theory]
    [InlineData("L'imprimante du 3e ne marche plus", RequestType.Incident)]
    [InlineData("Outlook plante au démarrage", RequestType.Incident)]
    [InlineData("my laptop won't start", RequestType.Incident)]
    [InlineData("Comment partager mon agenda avec mon assistante ?", RequestType.UsageQuestion)]
    [InlineData("how do I set up an out of office reply?", RequestType.UsageQuestion)]
    [InlineData("Je voudrais installer GIMP sur mon poste", RequestType.ServiceRequest)]
    [InlineData("On me demande une salle de formation avec 5 postes pour demain", RequestType.ServiceRequest)]
    [InlineData("I need access to the finance shared folder", RequestType.ServiceRequest)]
    [InlineData("Ce serait bien que l'intranet affiche les congés de l'équipe", RequestType.ChangeRequest)]
    [InlineData("Je veux me plaindre : personne ne me répond depuis une semaine", RequestType.Complaint)]
    public void Classify_TypicalWording_ReturnsType(string text, RequestType expected) =>
        Assert.Equal(expected, RequestClassifier.Classify(TextFolding.Fold(text)));
}
