namespace ServiceDesk.Core.Storage;

/// <summary>
/// A write refused before it started: the store's volume has less free space than the store keeps in reserve
/// (the store's configured minimum free space). Nothing was written.
/// </summary>
/// <remarks>
/// An <see cref="IOException"/>, like the full-disk failure it stands in for, so that callers treat both the same way:
/// a temporary problem, the message kept and its turn retried (<see cref="StoreFailure.IsTransient"/>).
/// </remarks>
public sealed class StoreFullException : IOException
{
    public StoreFullException()
    {
    }

    public StoreFullException(string message)
        : base(message)
    {
    }

    public StoreFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreFullException(string path, long freeBytes, long minimumFreeBytes)
        : base($"Only {freeBytes} bytes are free on the volume of {path}; the store keeps {minimumFreeBytes} free and writes nothing below that.")
    {
        FreeBytes = freeBytes;
        MinimumFreeBytes = minimumFreeBytes;
    }

    /// <summary>Free bytes on the volume when the write was refused.</summary>
    public long FreeBytes { get; }

    /// <summary>The reserve the store keeps.</summary>
    public long MinimumFreeBytes { get; }
}
