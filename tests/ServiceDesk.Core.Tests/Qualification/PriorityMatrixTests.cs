using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Qualification;

/// <summary>Seed 002 §2.5.2.4, "Détermination des priorités", cell by cell.</summary>
public sealed class PriorityMatrixTests
{
    [Theory]
    [InlineData(Urgency.Blocked, Impact.WholeOrganisation, Priority.P1)]
    [InlineData(Urgency.Blocked, Impact.TeamOrVip, Priority.P2)]
    [InlineData(Urgency.Blocked, Impact.OneUser, Priority.P3)]
    [InlineData(Urgency.SlowedDown, Impact.WholeOrganisation, Priority.P2)]
    [InlineData(Urgency.SlowedDown, Impact.TeamOrVip, Priority.P3)]
    [InlineData(Urgency.SlowedDown, Impact.OneUser, Priority.P4)]
    [InlineData(Urgency.CanLiveWith, Impact.WholeOrganisation, Priority.P4)]
    [InlineData(Urgency.CanLiveWith, Impact.TeamOrVip, Priority.P4)]
    [InlineData(Urgency.CanLiveWith, Impact.OneUser, Priority.P4)]
    public void Classify_DefaultGrid_ReturnsSeedPriority(Urgency urgency, Impact impact, Priority expected) =>
        Assert.Equal(expected, PriorityMatrix.Default.Classify(impact, urgency));

    [Fact]
    public void Constructor_MissingCell_Throws()
    {
        var cells = new Dictionary<(Urgency, Impact), Priority> { [(Urgency.Blocked, Impact.OneUser)] = Priority.P3 };

        var error = Assert.Throws<ArgumentException>(() => new PriorityMatrix(cells));

        Assert.Contains("Blocked × TeamOrVip", error.Message, StringComparison.Ordinal);
    }
}
