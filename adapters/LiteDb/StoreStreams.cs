namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The bytes of a store that does not open its own files: the data and log streams LiteDB reads and writes, and how
/// much room is left where they live. For fault tests (a small or slow disk) and embedding.
/// </summary>
/// <remarks>
/// The caller owns the streams and keeps them open for the store's life: LiteDB opens a fresh engine on them for
/// every operation (shared mode) and may dispose them after a failed write, so they should outlive that.
/// </remarks>
public sealed record StoreStreams(Stream Data, Stream Log, Func<long> FreeBytes);
