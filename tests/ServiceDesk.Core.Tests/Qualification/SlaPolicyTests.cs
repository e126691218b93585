using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Qualification;

/// <summary>Seed 002's "Indicateurs de traitement des priorités", row by row.</summary>
public sealed class SlaPolicyTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(Priority.P1, 1, 10, 60)]
    [InlineData(Priority.P2, 5, 30, 120)]
    [InlineData(Priority.P3, 10, 60, 240)]
    [InlineData(Priority.P4, 30, 1440, 7200)]
    public void TargetFor_DefaultTable_ReturnsSeedRow(Priority priority, int detection, int resolution, int maximum)
    {
        var target = SlaPolicy.Default.TargetFor(priority);

        Assert.Equal(TimeSpan.FromMinutes(detection), target.Detection);
        Assert.Equal(TimeSpan.FromMinutes(resolution), target.Resolution);
        Assert.Equal(TimeSpan.FromMinutes(maximum), target.Maximum);
    }

    [Fact]
    public void DueAt_P3_IsOneHourAfterOpening() =>
        Assert.Equal(Opened.AddHours(1), SlaPolicy.Default.DueAt(Opened, Priority.P3));

    [Fact]
    public void DeadlineAt_P4_IsFiveDaysAfterOpening() =>
        Assert.Equal(Opened.AddDays(5), SlaPolicy.Default.DeadlineAt(Opened, Priority.P4));

    [Fact]
    public void Constructor_ResolutionLongerThanMaximum_Throws()
    {
        var rows = Enum.GetValues<Priority>().ToDictionary(p => p, _ => new SlaTarget(TimeSpan.FromMinutes(1), TimeSpan.FromHours(2), TimeSpan.FromHours(1)));

        Assert.Throws<ArgumentException>(() => new SlaPolicy(rows));
    }
}
