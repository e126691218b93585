namespace ServiceDesk.Adapters.Xmpp.Framing;

/// <summary>
/// Read-only wrapper the XML reader pulls bytes through. It hands out at most <see cref="ChunkBytes"/>
/// per read and refuses to read further once more than the budget was read since the last
/// <see cref="Mark"/>, so one stanza can never make the reader buffer more than budget + one chunk.
/// </summary>
/// <remarks>
/// The XML reader's API takes no cancellation token; the token of the current read is passed here
/// through <see cref="CurrentToken"/> and forwarded to the network stream.
/// </remarks>
internal sealed class StanzaBudgetStream(Stream inner, int budgetBytes) : Stream
{
    public const int ChunkBytes = 4096;

    private long readSinceMark;

    public CancellationToken CurrentToken { get; set; }

    /// <summary>Current stanza name, only to make the failure message useful.</summary>
    public string? CurrentStanza { get; set; }

    /// <summary>The current stanza's <c>from</c> address, so that the log says who sent a refused one.</summary>
    public string? CurrentSender { get; set; }

    public bool ReachedEnd { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public void Mark() => readSinceMark = 0;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (readSinceMark > budgetBytes)
        {
            throw new XmppFramingException(
                FramingFault.TooLarge, $"<{CurrentStanza ?? "?"}> is larger than the {budgetBytes}-byte limit", CurrentStanza) { Sender = CurrentSender };
        }

        var token = cancellationToken.CanBeCanceled ? cancellationToken : CurrentToken;
        var read = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, ChunkBytes)], token).ConfigureAwait(false);
        readSinceMark += read;
        ReachedEnd |= read == 0;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("The XMPP stream is read asynchronously only.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
