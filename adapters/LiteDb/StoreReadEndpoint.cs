using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using LiteDB;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// Serves reads of the running bot's store to the inspection verbs (<c>tickets list</c>, <c>tickets show</c>,
/// <c>report indicators</c>) over a Unix domain socket beside the file, <c>&lt;file&gt;.sock</c>: the store is opened in
/// direct mode by the bot alone, so another process reads through it, and sees exactly what the bot has committed.
/// </summary>
/// <remarks>
/// One request line, one answer line, then the connection closes. Requests: <c>{"read":"tickets"}</c>,
/// <c>{"read":"ticket","number":42}</c>, <c>{"read":"inbox","channel":"xmpp"}</c> (how many messages wait); answers
/// <c>{"documents":[…]}</c> in LiteDB's JSON, as the file stores them, or <c>{"error":"…"}</c>. Read-only: nothing
/// written can come this way. The socket is the owner's alone (mode 0600), and on Linux a peer running as another user
/// is refused too (<c>SO_PEERCRED</c>), since tickets may be confidential.
/// </remarks>
public sealed class StoreReadEndpoint : IAsyncDisposable
{
    private const int MaxRequestBytes = 4096;
    private readonly ServiceDeskDatabase _database;
    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    private StoreReadEndpoint(ServiceDeskDatabase database, Socket listener)
    {
        _database = database;
        _listener = listener;
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>The socket's path for the store at <paramref name="storePath"/>.</summary>
    public static string PathFor(string storePath) => storePath + ".sock";

    /// <summary>Starts serving <paramref name="database"/>'s reads; the caller holds the store (a stale socket file is replaced).</summary>
    public static StoreReadEndpoint Start(ServiceDeskDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var path = PathFor(database.Path);
        File.Delete(path);
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            listener.Bind(new UnixDomainSocketEndPoint(path));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            listener.Listen(16);
            return new StoreReadEndpoint(database, listener);
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        File.Delete(PathFor(_database.Path));
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using (client)
        {
            try
            {
                await using var stream = new NetworkStream(client, ownsSocket: false);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                var answer = SameUser(client) ? Answer(await ReadRequestAsync(stream, timeout.Token).ConfigureAwait(false)) : Error("refused: another user");
                await stream.WriteAsync(Encoding.UTF8.GetBytes(LiteDB.JsonSerializer.Serialize(answer) + "\n"), timeout.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the bot is stopping.
            }
        }
    }

    private BsonDocument Answer(string request)
    {
        BsonDocument asked;
        try
        {
            asked = LiteDB.JsonSerializer.Deserialize(request) as BsonDocument ?? [];
        }
        catch (LiteException)
        {
            return Error("the request is not JSON");
        }

        try
        {
            var tickets = new TicketStore(_database);
            return asked["read"].AsString switch
            {
                "tickets" => Documents(tickets.All().Select(t => _database.Mapper.ToDocument(t))),
                "ticket" when asked["number"].IsNumber => Documents(
                    tickets.Find(new TicketNumber(asked["number"].AsInt32)) is { } ticket ? [_database.Mapper.ToDocument(ticket)] : []),
                "inbox" when asked["channel"].IsString => new BsonDocument
                {
                    ["pending"] = new InboxStore(_database).Pending(asked["channel"].AsString).Count,
                },
                _ => Error("unknown request: use {\"read\":\"tickets\"}, {\"read\":\"ticket\",\"number\":N} or {\"read\":\"inbox\",\"channel\":C}"),
            };
        }
        catch (IOException error)
        {
            return Error(error.Message);
        }
    }

    private static BsonDocument Documents(IEnumerable<BsonDocument> documents) => new() { ["documents"] = new BsonArray(documents) };

    private static BsonDocument Error(string message) => new() { ["error"] = message };

    private static async Task<string> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (Array.IndexOf(buffer, (byte)'\n', length - read, read) >= 0)
            {
                break;
            }
        }

        return Encoding.UTF8.GetString(buffer, 0, length).Split('\n')[0];
    }

    /// <summary>On Linux, whether the peer runs as this process's user (<c>SO_PEERCRED</c>); elsewhere the socket's mode decides.</summary>
    private static bool SameUser(Socket client)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        const int SolSocket = 1;
        const int SoPeerCred = 17;
        var credentials = new byte[12]; // pid, uid, gid
        return client.GetRawSocketOption(SolSocket, SoPeerCred, credentials) == credentials.Length
            && BitConverter.ToUInt32(credentials, 4) == NativeMethods.geteuid();
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern uint geteuid();
    }
}
