using ServiceDesk.Core.Calendar;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Calendar.BusinessCalendarTests;

namespace ServiceDesk.Core.Tests.Qualification;

/// <summary>
/// Seed 002's "Indicateurs de traitement des priorités", counted in seed 004's business time (Monday to Friday,
/// 12:00–19:00, Europe/Paris). Issue rule: "a duration shorter than a day counts opening time minute by minute; a
/// whole number of days counts opening days, due at the same clock time on the Nth opening day after the start (or at
/// that day's closing time when that time is outside its hours); a ticket opened while the desk is closed starts its
/// clock at the next opening".
/// </summary>
public sealed class SlaPolicyTests
{
    private static readonly SlaPolicy Sla = SlaPolicy.Default;

    [Theory]
    [InlineData(Priority.P1, 1, 10, 60, 0.99, 0.98)]
    [InlineData(Priority.P2, 5, 30, 120, 0.98, 0.97)]
    [InlineData(Priority.P3, 10, 60, 240, 0.97, 0.95)]
    [InlineData(Priority.P4, 30, 1440, 7200, 0.95, 0.90)]
    public void TargetFor_DefaultTable_ReturnsSeedRow(Priority priority, int detection, int resolution, int maximum, double detectionRate, double resolutionRate)
    {
        var target = Sla.TargetFor(priority);

        Assert.Equal(TimeSpan.FromMinutes(detection), target.Detection);
        Assert.Equal(TimeSpan.FromMinutes(resolution), target.Resolution);
        Assert.Equal(TimeSpan.FromMinutes(maximum), target.Maximum);
        Assert.Equal((detectionRate, resolutionRate), (target.DetectionRate, target.ResolutionRate));
    }

    [Fact]
    public void Deadlines_P3OpenedFriday1850_RunOnMondayAfternoon()
    {
        var due = Sla.Deadlines(Paris(2026, 12, 4, 18, 50), Priority.P3, []);

        Assert.Equal(Paris(2026, 12, 4, 19), due.DetectBy);
        Assert.Equal(Paris(2026, 12, 7, 12, 50), due.ResolveBy);
        Assert.Equal(Paris(2026, 12, 7, 15, 50), due.MaximumBy);
    }

    [Fact]
    public void Deadlines_IssueExampleP2Friday1830_MatchesTheRule()
    {
        var due = Sla.Deadlines(Paris(2026, 12, 4, 18, 30), Priority.P2, []);

        Assert.Equal((Paris(2026, 12, 4, 18, 35), Paris(2026, 12, 4, 19), Paris(2026, 12, 7, 13, 30)), (due.DetectBy, due.ResolveBy, due.MaximumBy));
    }

    [Fact]
    public void DueAt_P4OpenedFridayEvening_SkipsWeekend()
    {
        var opened = Paris(2026, 12, 4, 18, 50);

        Assert.Equal(Paris(2026, 12, 7, 12, 20), Sla.DetectBy(opened, Priority.P4));
        Assert.Equal(Paris(2026, 12, 7, 18, 50), Sla.DueAt(opened, Priority.P4));      // 1 day: next opening day, same time
        Assert.Equal(Paris(2026, 12, 11, 18, 50), Sla.DeadlineAt(opened, Priority.P4)); // 5 opening days
    }

    [Fact]
    public void DueAt_OpenedOnSaturday_StartsAtMondayOpening()
    {
        var opened = Paris(2026, 12, 5, 10);

        Assert.Equal(Paris(2026, 12, 7, 13), Sla.DueAt(opened, Priority.P3));
        Assert.Equal(Paris(2026, 12, 8, 12), Sla.DueAt(opened, Priority.P4));
    }

    [Fact]
    public void DueAt_OpenedMondayMorningBeforeOpening_StartsAtNoon() =>
        Assert.Equal(Paris(2026, 11, 23, 13), Sla.DueAt(Paris(2026, 11, 23, 9, 30), Priority.P3));

    [Fact]
    public void DueAt_EasterMondayHoliday_RunsOnTuesday() =>
        Assert.Equal(Paris(2026, 4, 7, 12, 50), Sla.DueAt(Paris(2026, 4, 3, 18, 50), Priority.P3));

    [Fact]
    public void DueAt_WhitMondayAndAscension_AreSkipped()
    {
        Assert.Equal(Paris(2026, 5, 26, 18), Sla.DueAt(Paris(2026, 5, 22, 18), Priority.P4));
        Assert.Equal(Paris(2026, 5, 15, 12, 30), Sla.DueAt(Paris(2026, 5, 13, 18, 30), Priority.P3));
    }

    [Fact]
    public void DueAt_SpringForwardWeekend_KeepsLocalHoursAndNewOffset()
    {
        var due = Sla.DueAt(Paris(2026, 3, 27, 18, 30), Priority.P3);

        Assert.Equal(Paris(2026, 3, 30, 12, 30), due);
        Assert.Equal("2026-03-30T12:30:00+02:00", TimeZoneInfo.ConvertTime(due, Sla.Calendar.Zone).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DueAt_FallBackWeekend_OneDayIsSameClockTimeNotTwentyFourHours()
    {
        var opened = Paris(2026, 10, 23, 15);
        var due = Sla.DueAt(opened, Priority.P4);

        Assert.Equal(Paris(2026, 10, 26, 15), due);
        Assert.Equal(TimeSpan.FromHours(1), TimeZoneInfo.ConvertTime(due, Sla.Calendar.Zone).Offset);
        Assert.Equal(TimeSpan.FromHours(73), due - opened);
    }

    [Fact]
    public void DueAt_DayRuleTimeOutsideNextDaysHours_IsThatDaysClosingTime()
    {
        var calendar = new CalendarOptions
        {
            Hours = new() { ["Monday"] = "08:00-18:00", ["Tuesday"] = "08:00-18:00", ["Wednesday"] = "08:00-18:00", ["Thursday"] = "08:00-18:00", ["Friday"] = "08:00-12:00" },
        }.Build();
        var sla = Sla.On(calendar);
        var thursday = calendar.At(new DateOnly(2026, 12, 3), TimeSpan.FromHours(16));

        Assert.Equal(calendar.At(new DateOnly(2026, 12, 4), TimeSpan.FromHours(12)), sla.DueAt(thursday, Priority.P4));
    }

    [Fact]
    public void Due_AwaitingUserPause_DoesNotCount()
    {
        var opened = Paris(2026, 12, 7, 12);
        var pauses = new[] { new SlaPause(Paris(2026, 12, 7, 12, 20), Paris(2026, 12, 7, 14)) };

        Assert.Equal(Paris(2026, 12, 7, 14, 40), Sla.Due(opened, TimeSpan.FromHours(1), pauses));
    }

    [Fact]
    public void Due_PauseOverNight_ResumesWithWhatWasLeft()
    {
        var opened = Paris(2026, 12, 7, 18, 30);
        var pauses = new[] { new SlaPause(Paris(2026, 12, 7, 18, 40), Paris(2026, 12, 8, 12, 30)) };

        Assert.Equal(Paris(2026, 12, 8, 12, 30), Sla.DueAt(opened, Priority.P3));
        Assert.Equal(Paris(2026, 12, 8, 13, 20), Sla.Due(opened, TimeSpan.FromHours(1), pauses));
    }

    [Fact]
    public void Elapsed_LeavesOutClosedHoursAndPauses()
    {
        var opened = Paris(2026, 12, 4, 18);
        var pauses = new[] { new SlaPause(Paris(2026, 12, 7, 12), Paris(2026, 12, 7, 12, 30)) };

        Assert.Equal(TimeSpan.FromMinutes(90), Sla.Elapsed(opened, Paris(2026, 12, 7, 13), pauses));
    }

    [Fact]
    public void Constructor_ResolutionLongerThanMaximum_Throws()
    {
        var rows = Enum.GetValues<Priority>().ToDictionary(p => p, _ => new SlaTarget(TimeSpan.FromMinutes(1), TimeSpan.FromHours(2), TimeSpan.FromHours(1)));

        Assert.Throws<ArgumentException>(() => new SlaPolicy(rows));
    }
}
