using Microsoft.Extensions.Time.Testing;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>The reserve check's reading of the volume: reused for a second far above the reserve, asked again near it.</summary>
public sealed class VolumeFreeSpaceTests
{
    private const long Reserve = 32L * 1024 * 1024;
    private readonly FakeTimeProvider _clock = new();
    private int _reads;
    private long _free;

    private VolumeFreeSpace Volume() => new(() =>
    {
        _reads++;
        return _free;
    }, Reserve, _clock);

    [Fact]
    public void Bytes_FarAboveTheReserve_AsksOncePerSecond()
    {
        _free = Reserve + VolumeFreeSpace.Margin + 1;
        var volume = Volume();

        Assert.Equal(_free, volume.Bytes());
        _free -= 1024;
        _clock.Advance(TimeSpan.FromMilliseconds(900));
        var reused = volume.Bytes();
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        var again = volume.Bytes();

        Assert.Equal(_free + 1024, reused);
        Assert.Equal(_free, again);
        Assert.Equal(2, _reads);
    }

    [Fact]
    public void Bytes_WithinTheMarginOfTheReserve_AsksEveryTime()
    {
        _free = Reserve + VolumeFreeSpace.Margin;
        var volume = Volume();

        volume.Bytes();
        _free = Reserve - 1;
        var crossed = volume.Bytes();

        Assert.Equal(Reserve - 1, crossed);
        Assert.Equal(2, _reads);
    }
}
