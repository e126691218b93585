using LiteDB;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The data file as LiteDB's checkpoint writes it: each page once, its last version, instead of every version the log
/// holds.
/// </summary>
/// <remarks>
/// <para>
/// LiteDB 5's checkpoint (every 1,000 log pages) reads the whole log and writes every page of every committed
/// transaction to its place in the data file, one after the other, then flushes the data file to disk and empties the
/// log (<c>WalIndexService.CheckpointInternal</c>, <c>DiskService.Write(pages, Data)</c>, 5.0.20). A page the desk
/// changes at every message (the inbox's, a collection's first page, an index's) is in the log once per transaction: 692
/// log pages for 150 messages held only 56 distinct pages (the desk's six steps for 25 people), so nine writes in ten were
/// overwritten by the next one before anything read them.
/// </para>
/// <para>
/// So the data file's one writer stream is this one: a whole, aligned page written to it is kept in memory, the later
/// version of a page replacing the earlier; the flush to disk that ends the checkpoint writes each kept page once, in the
/// file's order, then flushes the file to disk, before LiteDB empties the log. Nothing reads through the writer (LiteDB
/// reads the data file through streams of its own, and a checkpoint holds the database's exclusive lock), and a crash
/// before that flush leaves the log as it was, to be checkpointed again at the next open. Any other write (a partial
/// page, a length) first writes what is kept. Installed only over a <see cref="FileStream"/>; a flush that fails drops
/// what was kept: the log still holds it.
/// </para>
/// </remarks>
internal sealed class CheckpointWrites(FileStream file) : Stream
{
    private const int PageSize = 8192;

    private readonly SortedDictionary<long, byte[]> _kept = [];
    private long _position;

    /// <summary>Pages handed to this stream, and pages written to the file, since it was installed (for tests and the bench).</summary>
    public (long Offered, long Written) Pages { get; private set; }

    /// <summary>
    /// Puts a <see cref="CheckpointWrites"/> in front of <paramref name="database"/>'s data file writer; returns it, or null
    /// when the writer is not a file (a stream given by a test) or LiteDB's insides are not as expected (then nothing
    /// changes: LiteDB writes as it always did).
    /// </summary>
    public static CheckpointWrites? Install(LiteDatabase database)
    {
        var pool = LiteDbInsides.Field(LiteDbInsides.Field(LiteDbInsides.Field(database, "_engine"), "_disk"), "_dataPool");
        var writerField = pool?.GetType().GetField("_writer", LiteDbInsides.Inside);
        if (writerField?.GetValue(pool) is not Lazy<Stream> { IsValueCreated: true, Value: FileStream file })
        {
            return null;
        }

        var writes = new CheckpointWrites(file);
        writerField.SetValue(pool, new Lazy<Stream>(writes));
        return writes;
    }

    public override bool CanRead => file.CanRead;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => file.CanWrite;

    public override long Length => Math.Max(file.Length, _kept.Count == 0 ? 0 : _kept.Keys.Max() + PageSize);

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (count == PageSize && _position % PageSize == 0)
        {
            if (!_kept.TryGetValue(_position, out var page))
            {
                page = new byte[PageSize];
                _kept[_position] = page;
            }

            Buffer.BlockCopy(buffer, offset, page, 0, PageSize);
            Pages = (Pages.Offered + 1, Pages.Written);
            _position += count;
            return;
        }

        WriteKept();
        file.Position = _position;
        file.Write(buffer, offset, count);
        _position += count;
    }

    /// <summary>LiteDB's flush to disk of the data file (it ends a checkpoint): each kept page written once, then the file flushed to disk.</summary>
    public override void Flush()
    {
        WriteKept();
        file.Flush(flushToDisk: true);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        WriteKept();
        file.Position = _position;
        var read = file.Read(buffer, offset, count);
        _position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void SetLength(long value)
    {
        WriteKept();
        file.SetLength(value);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                WriteKept();
            }
            finally
            {
                // The stream pool disposes its writer when LiteDB closes: the file is this writer's.
                file.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void WriteKept()
    {
        if (_kept.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var (position, page) in _kept)
            {
                file.Position = position;
                file.Write(page, 0, PageSize);
                Pages = (Pages.Offered, Pages.Written + 1);
            }
        }
        finally
        {
            // Written, or not and still in the log: never written later, after newer versions.
            _kept.Clear();
        }
    }
}
