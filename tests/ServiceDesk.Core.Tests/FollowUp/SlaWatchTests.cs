using ServiceDesk.Core.Tests.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.FollowUp;

/// <summary>The room is warned before a target is missed, at 80 % and at the deadline, once each, also across a restart.</summary>
public sealed class SlaWatchTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    private void At(int hour, int minute) => _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, hour, minute, 0, TimeSpan.FromHours(1)));

    [Fact]
    public async Task Check_P3NotTaken_WarnsAt80PercentThenEscalatesAtTheDeadlineOnce()
    {
        At(12, 0);
        _desk.Open(Alice); // P3: take charge by 12:10

        At(12, 7);
        Assert.Empty(await _desk.TickAsync());
        At(12, 8);
        await _desk.TickAsync();
        Assert.Contains("80 % du délai de prise en charge écoulé (échéance 12:10)", _desk.To(Room), StringComparison.Ordinal);
        Assert.Empty(await _desk.TickAsync());

        _desk.Restart();
        At(12, 10);
        await _desk.TickAsync();
        Assert.Contains("délai de prise en charge dépassé", _desk.To(Room), StringComparison.Ordinal);
        Assert.Contains(_desk.Ticket(1).Journal, j => j.Text.StartsWith("Take-charge target missed", StringComparison.Ordinal));
        Assert.Empty(await _desk.TickAsync());

        await _desk.SayAsync(Bruno, "/queue late");
        Assert.Contains("#1 P3", _desk.To(Bruno), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OpenedFridayEvening_NoWarningOverTheWeekend()
    {
        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 18, 55, 0, TimeSpan.FromHours(1)));
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");

        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.FromHours(1)));
        Assert.DoesNotContain(await _desk.TickAsync(), m => m.To == Room); // 5 of the 60 business minutes used

        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 43, 0, TimeSpan.FromHours(1)));
        await _desk.TickAsync();
        Assert.Contains("80 % du délai de résolution écoulé (échéance 12:55)", _desk.To(Room), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AwaitingUser_ClockStoppedNoWarning()
    {
        At(12, 0);
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/wait 1");

        At(18, 0);
        Assert.DoesNotContain(await _desk.TickAsync(), m => m.To == Room);
        Assert.Equal(SlaAlerts.None, _desk.Ticket(1).SlaAlerts);
    }

    public void Dispose() => _desk.Dispose();
}
