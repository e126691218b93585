using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Tests.Intake;

public sealed class ApplicationLexiconTests
{
    [Theory]
    [InlineData("mon ordi rame énormément depuis la mise à jour Windows d'hier soir", "ordi")]
    [InlineData("Windows ne démarre plus", "Windows")]
    [InlineData("outlook me redemande sans arrêt mon mot de passe", "Outlook")]
    [InlineData("Mon VPN ne se connecte plus depuis ce matin", "VPN")]
    [InlineData("pas de son dans teams", "Teams")]
    [InlineData("the wifi keeps dropping", "Wi-Fi")]
    [InlineData("L'imprimante du 3e ne marche plus", "imprimante")]
    [InlineData("my second screen stays black", "screen")]
    [InlineData("le lecteur réseau P: a disparu", "lecteur réseau")]
    [InlineData("je ne reçois plus mes mails", "mails")]
    [InlineData("l'intranet affiche une page blanche", "intranet")]
    [InlineData("le logiciel de paie plante", "logiciel de paie")]
    [InlineData("impossible d'ouvrir ma session", "session")]
    [InlineData("the shared drive is gone", "shared drive")]
    [InlineData("my badge doesn't open the door anymore", "badge")]
    [InlineData("my headset has no sound", "headset")]
    [InlineData("the projector in room 4 shows nothing", "projector")]
    [InlineData("mon téléphone fixe ne sonne plus", "téléphone")]
    [InlineData("I can't log in to my computer", "computer")]
    public void Find_NamedApplicationOrDevice_ReturnsIt(string text, string expected) =>
        Assert.Equal(expected, ApplicationLexicon.Find(text));

    [Theory]
    [InlineData("je voudrais parler à quelqu'un")]
    [InlineData("wordpress")]
    [InlineData("")]
    public void Find_NothingNamed_ReturnsNull(string text) => Assert.Null(ApplicationLexicon.Find(text));
}
