using System.Net.Sockets;
using System.Text;
using LiteDB;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Reads a store another process (the running bot) holds, through its <see cref="StoreReadEndpoint"/>: what the
/// inspection verbs use while the bot runs. Each call is one connection.
/// </summary>
public sealed class StoreReadClient(string storePath)
{
    private static readonly BsonMapper Mapper = ServiceDeskDatabase.CreateMapper();

    /// <summary>The store's full path.</summary>
    public string StorePath { get; } = Path.GetFullPath(storePath);

    /// <summary>Every ticket, by number.</summary>
    public IReadOnlyList<Ticket> Tickets() => Documents(new BsonDocument { ["read"] = "tickets" });

    /// <summary>One ticket, or null.</summary>
    public Ticket? Ticket(TicketNumber number) => Documents(new BsonDocument { ["read"] = "ticket", ["number"] = number.Value }).FirstOrDefault();

    /// <summary>How many messages of <paramref name="channel"/> wait in the inbox.</summary>
    public int PendingInInbox(string channel) => Ask(new BsonDocument { ["read"] = "inbox", ["channel"] = channel })["pending"].AsInt32;

    private List<Ticket> Documents(BsonDocument request) =>
        [.. Ask(request)["documents"].AsArray.Select(d => Mapper.ToObject<Ticket>(d.AsDocument))];

    private BsonDocument Ask(BsonDocument request)
    {
        var socketPath = StoreReadEndpoint.PathFor(StorePath);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
        }
        catch (SocketException error)
        {
            throw new StoreUnavailableException(
                $"The store {StorePath} is held by a running bot, which does not answer on {socketPath} yet ({error.Message}); try again in a moment.", error);
        }

        socket.ReceiveTimeout = 120_000;
        using var stream = new NetworkStream(socket, ownsSocket: false);
        stream.Write(Encoding.UTF8.GetBytes(LiteDB.JsonSerializer.Serialize(request) + "\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = LiteDB.JsonSerializer.Deserialize(reader.ReadToEnd()).AsDocument;
        return answer.TryGetValue("error", out var refusal)
            ? throw new StoreUnavailableException($"The bot holding {StorePath} could not answer: {refusal.AsString}")
            : answer;
    }
}
