using ServiceDesk.Core.Intake;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Intake;

public sealed class QualificationHintsTests
{
    [Theory]
    [InlineData("plus personne n'a internet", Impact.WholeOrganisation)]
    [InlineData("nobody in the office can print", Impact.WholeOrganisation)]
    [InlineData("tout le monde à la compta est ralenti", Impact.TeamOrVip)]
    [InlineData("everyone in my team has the same problem", Impact.TeamOrVip)]
    [InlineData("tout le monde est touché", Impact.WholeOrganisation)]
    [InlineData("toute l'équipe compta est touchée", Impact.TeamOrVip)]
    [InlineData("the director cannot open his mail", Impact.TeamOrVip)]
    [InlineData("mes collègues n'ont pas le problème, juste moi", Impact.OneUser)]
    public void Impact_SaidInTheDescription_IsRead(string text, Impact expected) =>
        Assert.Equal(expected, QualificationHints.Impact(TextFolding.Fold(text)));

    [Theory]
    [InlineData("je suis complètement bloquée", Urgency.Blocked)]
    [InlineData("I can't work at all", Urgency.Blocked)]
    [InlineData("ça me ralentit beaucoup", Urgency.SlowedDown)]
    [InlineData("ce n'est pas urgent", Urgency.CanLiveWith)]
    [InlineData("no rush, whenever you can", Urgency.CanLiveWith)]
    public void Urgency_SaidInTheDescription_IsRead(string text, Urgency expected) =>
        Assert.Equal(expected, QualificationHints.Urgency(TextFolding.Fold(text)));

    [Fact]
    public void ImpactAndUrgency_NotSaid_AreNull()
    {
        var folded = TextFolding.Fold("Excel plante à l'ouverture");

        Assert.Null(QualificationHints.Impact(folded));
        Assert.Null(QualificationHints.Urgency(folded));
    }
}
