using ServiceDesk.Core.Calendar;

namespace ServiceDesk.Core.Tests.Calendar;

/// <summary>Seed 004's desk ("ouvert du lundi au vendredi de 12h à 19h"), French holidays, and configured calendars.</summary>
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Desk = BusinessCalendar.Default;

    internal static DateTimeOffset Paris(int year, int month, int day, int hour, int minute = 0) =>
        Desk.At(new DateOnly(year, month, day), new TimeSpan(hour, minute, 0));

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2100, 3, 28)]
    public void EasterSunday_KnownYears_MatchesTheChurchCalendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FrenchHolidays.EasterSunday(year));

    [Fact]
    public void For_2026_ListsElevenHolidaysWithTheEasterBasedOnes()
    {
        var days = FrenchHolidays.For(2026);

        Assert.Equal(11, days.Count);
        Assert.Contains(new DateOnly(2026, 4, 6), days);   // Easter Monday
        Assert.Contains(new DateOnly(2026, 5, 14), days);  // Ascension
        Assert.Contains(new DateOnly(2026, 5, 25), days);  // Whit Monday
        Assert.Contains(new DateOnly(2026, 7, 14), days);
    }

    [Theory]
    [InlineData(2026, 12, 4, true)]    // a Friday
    [InlineData(2026, 12, 5, false)]   // Saturday
    [InlineData(2026, 12, 25, false)]  // Christmas, a Friday
    [InlineData(2026, 5, 25, false)]   // Whit Monday
    [InlineData(2027, 5, 6, false)]    // Ascension 2027, computed, never listed
    [InlineData(2027, 5, 7, true)]
    public void IsOpeningDay_DefaultDesk_FollowsWeekAndHolidays(int year, int month, int day, bool open) =>
        Assert.Equal(open, Desk.IsOpeningDay(new DateOnly(year, month, day)));

    [Fact]
    public void IsOpen_AroundTheSeedHours_OpensAtNoonClosesAtSeven()
    {
        Assert.False(Desk.IsOpen(Paris(2026, 12, 4, 11, 59)));
        Assert.True(Desk.IsOpen(Paris(2026, 12, 4, 12, 0)));
        Assert.True(Desk.IsOpen(Paris(2026, 12, 4, 18, 59)));
        Assert.False(Desk.IsOpen(Paris(2026, 12, 4, 19, 0)));
    }

    [Fact]
    public void NextOpening_FridayNight_IsMondayNoon() =>
        Assert.Equal(Paris(2026, 12, 7, 12), Desk.NextOpening(Paris(2026, 12, 4, 21, 30)));

    [Fact]
    public void At_SpringAndAutumnChanges_UsesThatDaysOffset()
    {
        Assert.Equal(TimeSpan.FromHours(1), Paris(2026, 3, 27, 12).Offset);
        Assert.Equal(TimeSpan.FromHours(2), Paris(2026, 3, 30, 12).Offset);
        Assert.Equal(TimeSpan.FromHours(2), Paris(2026, 10, 23, 12).Offset);
        Assert.Equal(TimeSpan.FromHours(1), Paris(2026, 10, 26, 12).Offset);
    }

    [Fact]
    public void OpenTimeBetween_FridayAfternoonToMondayAfternoon_CountsOnlyOpenHours() =>
        Assert.Equal(TimeSpan.FromHours(2), Desk.OpenTimeBetween(Paris(2026, 12, 4, 18), Paris(2026, 12, 7, 13)));

    [Fact]
    public void Build_SeveralRangesAndAClosedDay_AreHonoured()
    {
        var calendar = new CalendarOptions
        {
            Hours = new() { ["Monday"] = "08:00-12:00, 14:00-18:00", ["Tuesday"] = "08:00-12:00,14:00-18:00" },
            ClosedDays = ["2026-12-08"],
        }.Build();
        var monday = calendar.At(new DateOnly(2026, 12, 7), TimeSpan.FromHours(11));

        Assert.Equal(calendar.At(new DateOnly(2026, 12, 7), TimeSpan.FromHours(15)), calendar.AddOpenTime(monday, TimeSpan.FromHours(2)));
        Assert.False(calendar.IsOpeningDay(new DateOnly(2026, 12, 8)));
        Assert.Equal(calendar.At(new DateOnly(2026, 12, 14), TimeSpan.FromHours(9)), calendar.AddOpenTime(calendar.At(new DateOnly(2026, 12, 7), TimeSpan.FromHours(17)), TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("19:00-12:00")]
    [InlineData("midi-19h")]
    [InlineData("12:00")]
    [InlineData("25:00-26:00")]
    public void Parse_BadRange_ThrowsFormatException(string text) =>
        Assert.Throws<FormatException>(() => OpeningRange.Parse(text));

    [Fact]
    public void Build_UnknownTimeZone_Throws() =>
        Assert.Throws<ArgumentException>(() => new CalendarOptions { TimeZone = "Mars/Olympus" }.Build());

    [Fact]
    public void Describe_SeedDesk_ReadsLikeSeed004()
    {
        Assert.Equal("du lundi au vendredi de 12 h à 19 h", OpeningHoursText.Describe(Desk, "fr"));
        Assert.Equal("Monday to Friday, 12:00 to 19:00", OpeningHoursText.Describe(Desk, "en"));
        Assert.EndsWith("le service support est ouvert du lundi au vendredi de 12 h à 19 h.", OpeningHoursText.ClosedNotice(Desk, "fr"), StringComparison.Ordinal);
    }

    [Fact]
    public void PresenceStatus_SeedDesk_SaysWhenTechniciansAreThere()
    {
        Assert.Equal(
            "Je vous réponds à toute heure ; les techniciens sont là du lundi au vendredi de 12 h à 19 h. " +
            "(I answer at any time; technicians are on duty Monday to Friday, 12:00 to 19:00.)",
            OpeningHoursText.PresenceStatus(Desk));
    }

    [Fact]
    public void Describe_SplitDayAndSaturday_GroupsSameHours()
    {
        var calendar = new CalendarOptions
        {
            Hours = new()
            {
                ["Monday"] = "08:30-12:00,14:00-18:00", ["Tuesday"] = "08:30-12:00,14:00-18:00", ["Wednesday"] = "08:30-12:00,14:00-18:00",
                ["Thursday"] = "08:30-12:00,14:00-18:00", ["Friday"] = "08:30-12:00,14:00-17:00", ["Saturday"] = "09:00-12:00",
            },
        }.Build();

        Assert.Equal("du lundi au jeudi de 8 h 30 à 12 h et de 14 h à 18 h, le vendredi de 8 h 30 à 12 h et de 14 h à 17 h, le samedi de 9 h à 12 h",
            OpeningHoursText.Describe(calendar, "fr"));
    }
}
