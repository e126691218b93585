namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The bytes of a store that does not open its own files: the data and log streams LiteDB reads and writes, and how
/// much room is left where they live. For fault tests (a small or slow disk) and embedding.
/// </summary>
/// <remarks>
/// The caller owns the streams and keeps them open for the store's life: LiteDB opens its engine on them again after a
/// failure closed it, so they should outlive that.
/// </remarks>
public sealed record StoreStreams(Stream Data, Stream Log, Func<long> FreeBytes);
