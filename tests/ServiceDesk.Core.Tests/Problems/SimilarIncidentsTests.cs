using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Problems;

public sealed class SimilarIncidentsTests
{
    [Theory]
    [InlineData("Outlook refuse mon mot de passe", "Outlook ne prend plus mon mot de passe")]
    [InlineData("Je n'arrive plus à imprimer sur l'imprimante du 3e", "L'imprimante du 3e n'imprime plus rien")]
    [InlineData("The VPN keeps disconnecting", "VPN disconnecting every hour")]
    public void Alike_SameSymptomsOtherWords_True(string first, string second) =>
        Assert.True(SimilarIncidents.Alike(Incident(first), Incident(second)));

    [Theory]
    [InlineData("Outlook refuse mon mot de passe", "L'imprimante du 3e n'imprime plus")]
    [InlineData("Outlook refuse mon mot de passe", "Outlook est lent à l'ouverture des pièces jointes")]
    [InlineData("Mon écran reste noir au démarrage", "Le clavier ne répond plus au démarrage")]
    public void Alike_DifferentSymptoms_False(string first, string second) =>
        Assert.False(SimilarIncidents.Alike(Incident(first), Incident(second)));

    [Fact]
    public void Words_FoldsAccentsDropsLittleWordsAndPluralsKeepsStems() =>
        Assert.Equal(["bloque", "erreur", "imprim"], SimilarIncidents.Words(Incident("Les imprimantes bloquées : erreur")).Order(StringComparer.Ordinal));

    private static Ticket Incident(string description) => new() { Description = description, Type = RequestType.Incident };
}
