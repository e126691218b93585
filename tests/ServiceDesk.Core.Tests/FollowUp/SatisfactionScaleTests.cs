using ServiceDesk.Core.FollowUp;

namespace ServiceDesk.Core.Tests.FollowUp;

public sealed class SatisfactionScaleTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("4/5", 4)]
    [InlineData(" 5 ", 5)]
    [InlineData("3 étoiles", 3)]
    [InlineData("très satisfait", 5)]
    [InlineData("Très satisfaite !", 5)]
    [InlineData("satisfait", 4)]
    [InlineData("pas satisfait", 2)]
    [InlineData("pas du tout satisfaite", 1)]
    [InlineData("bof", 3)]
    [InlineData("nul", 1)]
    [InlineData("great", 5)]
    [InlineData("not satisfied", 2)]
    [InlineData("very dissatisfied", 1)]
    [InlineData("so-so", 3)]
    public void Read_OneTapOrOneWord_GivesTheScore(string text, int score) => Assert.Equal(score, SatisfactionScale.Read(text));

    [Theory]
    [InlineData("6")]
    [InlineData("mon imprimante ne marche plus depuis ce matin au bureau")]
    [InlineData("où en est ma demande ?")]
    [InlineData("")]
    public void Read_SomethingElse_IsNull(string text) => Assert.Null(SatisfactionScale.Read(text));
}
