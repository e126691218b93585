using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// The bot's store on a <see cref="LimitedVolume"/> (real files in a temporary folder, deleted afterwards) that the test
/// fills, frees or slows down; <see cref="OpenStore"/> opens it again for each start of the bot.
/// </summary>
internal sealed class DiskUnderTest : IDisposable
{
    /// <summary>What the store keeps free: less than this and it writes nothing.</summary>
    public const long Reserve = 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("full-disk-").FullName;
    private readonly Stream _data;
    private readonly Stream _log;

    public DiskUnderTest()
    {
        FilePath = Path.Combine(_folder, "servicedesk.db");
        _data = Volume.Open(FilePath);
        _log = Volume.Open(Path.Combine(_folder, "servicedesk-log.db"));
    }

    public LimitedVolume Volume { get; } = new();

    public string FilePath { get; }

    /// <summary>
    /// The disk fills up, as far as the store can tell: half its reserve is left, so that a write already under way
    /// when it fills (the inbox cleared after an answer) ends, and the store refuses the next ones.
    /// </summary>
    public void Fill() => Volume.Fill(leaving: Reserve / 2);

    public ServiceDeskDatabase OpenStore() => new(FilePath, new StoreStreams(_data, _log, () => Volume.FreeBytes), Reserve);

    public void Dispose()
    {
        Volume.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
