using ServiceDesk.Testing;

namespace ServiceDesk.Core.Tests.Storage;

/// <summary>The fault injector itself: a full volume fails writes as a full disk does, and gives the room back.</summary>
public sealed class LimitedVolumeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("volume-").FullName;
    private readonly LimitedVolume _volume = new();

    [Fact]
    public void Write_PastTheQuota_WritesWhatFitsThenFailsWithEnospc()
    {
        var file = _volume.Open(Path.Combine(_folder, "a"));
        file.Write(new byte[1000]);
        _volume.Quota = 1500;

        var error = Assert.Throws<IOException>(() => file.Write(new byte[1000]));

        Assert.Equal(LimitedVolume.NoSpaceLeft, error.HResult);
        Assert.StartsWith("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Equal(1500, new FileInfo(Path.Combine(_folder, "a")).Length);
        Assert.Equal(0, _volume.FreeBytes);
        Assert.Equal(1, _volume.RefusedWrites);
    }

    [Fact]
    public void Write_OverExistingBytesOnAFullVolume_Succeeds()
    {
        var file = _volume.Open(Path.Combine(_folder, "a"));
        file.Write(new byte[1000]);
        _volume.Fill();

        file.Position = 0;
        file.Write(new byte[1000]);

        Assert.Equal(0, _volume.RefusedWrites);
    }

    [Fact]
    public void MakeRoom_AfterAFailedWrite_WritesAgainAndCountsBothFiles()
    {
        var a = _volume.Open(Path.Combine(_folder, "a"));
        var b = _volume.Open(Path.Combine(_folder, "b"));
        a.Write(new byte[100]);
        _volume.Fill();
        Assert.Throws<IOException>(() => b.SetLength(10));

        _volume.MakeRoom();
        b.Write(new byte[50]);

        Assert.Equal(150, _volume.UsedBytes);
    }

    public void Dispose()
    {
        _volume.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
