namespace ServiceDesk.Testing;

/// <summary>
/// A small or slow disk for fault tests, made of real files in a real folder. The files opened on it share one quota
/// of bytes; a write that would take them past it fails the way a full disk does on Linux: what fits is written, then
/// an <see cref="IOException"/> "No space left on device" whose HResult is the errno, ENOSPC. <see cref="WriteDelay"/>
/// makes every write slow instead (or as well).
/// </summary>
/// <remarks>
/// The volume owns its files: disposing a stream it gave out does nothing (a database engine that closes its streams
/// after a failed write must find them open when it starts again); disposing the volume closes them.
/// </remarks>
public sealed class LimitedVolume : IDisposable
{
    /// <summary>ENOSPC, "No space left on device", as .NET reports it in <see cref="Exception.HResult"/> on Linux.</summary>
    public const int NoSpaceLeft = 28;

    private readonly Lock _lock = new();
    private readonly List<FileStream> _files = [];
    private long _quota = long.MaxValue;
    private int _refusedWrites;

    /// <summary>The most bytes all its files may hold together.</summary>
    public long Quota
    {
        get
        {
            lock (_lock)
            {
                return _quota;
            }
        }

        set
        {
            lock (_lock)
            {
                _quota = value;
            }
        }
    }

    /// <summary>What its files hold.</summary>
    public long UsedBytes
    {
        get
        {
            lock (_lock)
            {
                return _files.Sum(f => f.Length);
            }
        }
    }

    /// <summary>What is left before the quota, as a free-space query on the volume would say.</summary>
    public long FreeBytes
    {
        get
        {
            lock (_lock)
            {
                return Math.Max(0, _quota - _files.Sum(f => f.Length));
            }
        }
    }

    /// <summary>How many writes failed for lack of space so far.</summary>
    public int RefusedWrites => Volatile.Read(ref _refusedWrites);

    /// <summary>Added before every write and every flush.</summary>
    public TimeSpan WriteDelay { get; set; }

    /// <summary>The disk fills up: not one more byte, or only <paramref name="leaving"/> more.</summary>
    public void Fill(long leaving = 0) => Quota = UsedBytes + leaving;

    /// <summary>Space comes back.</summary>
    public void MakeRoom() => Quota = long.MaxValue;

    /// <summary>Opens (creating it when missing) a file on this volume.</summary>
    public Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
        lock (_lock)
        {
            _files.Add(file);
        }

        return new VolumeFile(this, file);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var file in _files)
            {
                file.Dispose();
            }

            _files.Clear();
        }
    }

    private void Write(FileStream file, ReadOnlySpan<byte> bytes)
    {
        Slow();
        lock (_lock)
        {
            var growth = Math.Max(0, file.Position + bytes.Length - file.Length);
            var room = Math.Max(0, _quota - _files.Sum(f => f.Length));
            if (growth <= room)
            {
                file.Write(bytes);
                return;
            }

            // What fits is written, as write(2) does before it reports ENOSPC.
            file.Write(bytes[..(int)Math.Max(0, bytes.Length - (growth - room))]);
            throw NoSpace(file);
        }
    }

    private void SetLength(FileStream file, long length)
    {
        lock (_lock)
        {
            if (length - file.Length > Math.Max(0, _quota - _files.Sum(f => f.Length)))
            {
                throw NoSpace(file);
            }

            file.SetLength(length);
        }
    }

    private void Flush(FileStream file)
    {
        Slow();
        file.Flush(flushToDisk: true);
    }

    private IOException NoSpace(FileStream file)
    {
        Interlocked.Increment(ref _refusedWrites);
        return new IOException($"No space left on device : '{file.Name}'", NoSpaceLeft);
    }

    private void Slow()
    {
        if (WriteDelay > TimeSpan.Zero)
        {
            Thread.Sleep(WriteDelay);
        }
    }

    /// <summary>One file of the volume, as the database sees it.</summary>
    private sealed class VolumeFile(LimitedVolume volume, FileStream file) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => file.Length;

        public override long Position
        {
            get => file.Position;
            set => file.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => file.Read(buffer);

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        public override void Write(byte[] buffer, int offset, int count) => volume.Write(file, buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => volume.Write(file, buffer);

        public override void SetLength(long value) => volume.SetLength(file, value);

        public override void Flush() => volume.Flush(file);

        // The volume owns the file: see LimitedVolume's remarks.
        protected override void Dispose(bool disposing) => base.Dispose(false);
    }
}
