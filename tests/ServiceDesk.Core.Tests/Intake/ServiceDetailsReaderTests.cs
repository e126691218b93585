using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Tests.Intake;

public sealed class ServiceDetailsReaderTests
{
    [Theory]
    [InlineData("I need Adobe Acrobat Pro installed for my new colleague Sarah Lee", "my new colleague Sarah Lee")]
    [InlineData("Il me faudrait un écran pour ma nouvelle collègue Julie Martin", "ma nouvelle collègue Julie Martin")]
    [InlineData("un accès au dossier Compta pour moi", "moi")]
    [InlineData("Outlook plante", null)]
    public void ForWhom_Sentence_KeepsThePersonsWords(string text, string? expected) =>
        Assert.Equal(expected, ServiceDetailsReader.ForWhom(text));

    [Theory]
    [InlineData("une salle de formation avec 5 postes pour demain", "pour demain")]
    [InlineData("I need a laptop by Friday please", "by Friday")]
    [InlineData("il faut que ce soit prêt avant le 3 décembre", "avant le 3 décembre")]
    [InlineData("the VPN has been down for 2 days", null)]
    [InlineData("bloquée depuis 2 jours", null)]
    public void ByWhen_Sentence_KeepsTheDeadline(string text, string? expected) =>
        Assert.Equal(expected, ServiceDetailsReader.ByWhen(text));

    [Theory]
    [InlineData("un vidéoprojecteur dans la salle B12 demain", "salle B12")]
    [InlineData("please deliver it to room B12, 1st floor", "room B12, 1st floor")]
    [InlineData("l'imprimante au 2e étage", "au 2e étage")]
    [InlineData("Teams n'a plus de son", null)]
    public void Where_Sentence_KeepsThePlace(string text, string? expected) =>
        Assert.Equal(expected, ServiceDetailsReader.Where(text));
}
