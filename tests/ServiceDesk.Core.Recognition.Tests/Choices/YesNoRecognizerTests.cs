using ServiceDesk.Core.Recognition.Choices;

namespace ServiceDesk.Core.Recognition.Tests.Choices;

public sealed class YesNoRecognizerTests
{
    [Theory]
    [InlineData("oui")]
    [InlineData("Ouais")]
    [InlineData("ouep")]
    [InlineData("d'accord")]
    [InlineData("C'est ça")]
    [InlineData("cest ca")]
    [InlineData("exact")]
    [InlineData("tout à fait")]
    [InlineData("bien sûr")]
    [InlineData("pas de problème")]
    [InlineData("pas de souci")]
    [InlineData("yes")]
    [InlineData("yep")]
    [InlineData("Yeah, that's it")]
    [InlineData("sure")]
    [InlineData("OK")]
    [InlineData("okay")]
    [InlineData("correct")]
    [InlineData("right")]
    [InlineData("no problem")]
    [InlineData("👍")]
    [InlineData("euh oui je crois")]
    public void Recognize_Agreement_ReturnsTrue(string text) => Assert.True(YesNoRecognizer.Recognize(text, "fr-FR"));

    [Theory]
    [InlineData("non")]
    [InlineData("nan")]
    [InlineData("pas du tout")]
    [InlineData("pas vraiment")]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("not really")]
    [InlineData("wrong")]
    [InlineData("👎")]
    [InlineData("non, depuis hier")]
    [InlineData("Non !")]
    public void Recognize_Refusal_ReturnsFalse(string text) => Assert.False(YesNoRecognizer.Recognize(text, "fr-FR"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mon imprimante ne marche plus")]
    [InlineData("Outlook refuse mon mot de passe")]
    [InlineData("the printer is broken")]
    [InlineData("nonobstant")]
    [InlineData("okapi")]
    public void Recognize_UnrelatedText_ReturnsNull(string text) => Assert.Null(YesNoRecognizer.Recognize(text, "fr-FR"));
}
