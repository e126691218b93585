using ServiceDesk.Core.Recognition.Choices;

namespace ServiceDesk.Core.Recognition.Tests.Choices;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] Impact =
    [
        new("Juste moi", ["moi seul", "seulement moi", "only me"]),
        new("Mon équipe ou une personne VIP", ["toute l'équipe", "mon service", "the team"]),
        new("Toute l'organisation", ["tout le monde", "everyone", "toute l'entreprise"]),
    ];

    private static readonly ChoiceOption[] Urgency =
    [
        new("Bloqué", ["je ne peux plus travailler", "blocked"]),
        new("Ralenti", ["ça me ralentit", "slowed down"]),
        new("Je peux attendre", ["ça peut attendre", "can live with it"]),
    ];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("2.", 1)]
    [InlineData("n°2", 1)]
    [InlineData("option 3", 2)]
    [InlineData("le 2", 1)]
    [InlineData("deux", 1)]
    public void Recognize_Number_ReturnsIndex(string text, int expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Impact, "fr-FR"));

    [Theory]
    [InlineData("premier", 0)]
    [InlineData("la première", 0)]
    [InlineData("deuxième", 1)]
    [InlineData("second", 1)]
    [InlineData("2e", 1)]
    [InlineData("2ème", 1)]
    [InlineData("third", 2)]
    [InlineData("3rd", 2)]
    [InlineData("le dernier", 2)]
    [InlineData("the last one", 2)]
    public void Recognize_Ordinal_ReturnsIndex(string text, int expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Impact, "fr-FR"));

    [Theory]
    [InlineData("toute l'équipe", 1)]
    [InlineData("juste moi", 0)]
    [InlineData("moi", 0)]
    [InlineData("only me", 0)]
    [InlineData("tout le monde", 2)]
    [InlineData("toute l'entreprise est touchée", 2)]
    [InlineData("l'organisation", 2)]
    [InlineData("organisaton", 2)]
    public void Recognize_ImpactWords_ReturnsIndex(string text, int expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Impact, "fr-FR"));

    [Theory]
    [InlineData("bloqué", 0)]
    [InlineData("bloque", 0)]
    [InlineData("je suis complètement bloquée", 0)]
    [InlineData("blocked", 0)]
    [InlineData("ralenti", 1)]
    [InlineData("ça peut attendre", 2)]
    [InlineData("BLOQUÉ !!", 0)]
    public void Recognize_UrgencyWords_ReturnsIndex(string text, int expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Urgency, "fr-FR"));

    [Theory]
    [InlineData("4")]
    [InlineData("option 0")]
    [InlineData("bonjour")]
    [InlineData("")]
    public void Recognize_NothingFits_ReturnsNull(string text) => Assert.Null(ChoiceRecognizer.Recognize(text, Impact, "fr-FR"));

    [Fact]
    public void Recognize_MatchesTwoOptionsEqually_ReturnsNull()
    {
        ChoiceOption[] options = [new("Imprimante couleur", []), new("Imprimante laser", [])];
        Assert.Null(ChoiceRecognizer.Recognize("imprimante", options, "fr-FR"));
    }
}
