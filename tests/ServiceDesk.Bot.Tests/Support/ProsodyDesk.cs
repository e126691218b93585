using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Tickets;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// A real Prosody with the bot's account (<see cref="BotAccount"/>), the people given and, if asked, numbered staff
/// accounts, all with <see cref="Password"/>; and the real bot host on it, started in this process: people write to the
/// bot, technicians in <see cref="Room"/>, and the test reads the bot's LiteDB file. Stopped in reverse order, Prosody
/// last even when something before it fails (a failed test must not leave Prosody running).
/// </summary>
internal sealed class ProsodyDesk : IAsyncDisposable
{
    public const string Password = "s3cret-test";
    public const string BotAccount = "servicedesk";

    private readonly int _staffCount;
    private readonly List<XmppUser> _staff = [];
    private RunningBot? _bot;

    private ProsodyDesk(ProsodyServer server, int staff) => (Server, _staffCount) = (server, staff);

    public ProsodyServer Server { get; }

    /// <summary>Where a bot process started by these tests keeps its LiteDB file, under the server's throw-away directory.</summary>
    public string BotStorePath => Path.Combine(Server.Directory, "bot", "servicedesk.db");

    /// <summary>The bot started in this process, if any (<see cref="StartBotAsync(string[])"/>).</summary>
    public RunningBot Bot => _bot ?? throw new InvalidOperationException("The bot is not started.");

    /// <summary>The technicians' room (XEP-0045), on the server's conference component.</summary>
    public string Room => "techs@" + Server.ConferenceDomain;

    /// <summary>The arguments that make the bot join <see cref="Room"/> as "ServiceDesk".</summary>
    public string[] RoomArguments => [$"--Xmpp:TechnicianRoom={Room}", "--Xmpp:RoomNick=ServiceDesk"];

    /// <summary>The arguments that put a bot started elsewhere (with <see cref="SlackDesk"/>, say) on this server as <see cref="BotAccount"/>.</summary>
    public string[] XmppArguments => RunningBot.XmppArguments(Server, Server.Port, BotAccount, Password);

    /// <summary>The staff accounts' clients (<c>staff001</c>…), connected once the desk is up.</summary>
    public IReadOnlyList<XmppUser> Staff => _staff;

    /// <summary>Starts Prosody with <paramref name="people"/> and the bot with the arguments <paramref name="arguments"/> gives for this desk.</summary>
    public static async Task<ProsodyDesk> StartAsync(IEnumerable<string> people, Func<ProsodyDesk, IEnumerable<string>> arguments, int staff = 0)
    {
        var desk = await StartServerAsync(people, staff, connectStaff: false);
        try
        {
            await desk.StartBotAsync([.. arguments(desk)]);
            desk.ConnectStaff();
            return desk;
        }
        catch
        {
            await desk.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts Prosody with <paramref name="people"/> and the bot with <paramref name="arguments"/>.</summary>
    public static Task<ProsodyDesk> StartAsync(IEnumerable<string> people, params string[] arguments) => StartAsync(people, _ => arguments);

    /// <summary>Starts Prosody only, for a test that starts the bot itself (<see cref="StartBotAsync(string[])"/>, or as a process).</summary>
    public static Task<ProsodyDesk> StartServerAsync(IEnumerable<string> people, int staff = 0) => StartServerAsync(people, staff, connectStaff: true);

    /// <summary>Starts the bot in this process on <see cref="Server"/> with <paramref name="arguments"/>.</summary>
    public Task StartBotAsync(params string[] arguments) => StartBotAsync(Server.Port, arguments);

    /// <summary>Starts the bot in this process connecting to <paramref name="port"/> (a relay in front of <see cref="Server"/>, for instance).</summary>
    public async Task StartBotAsync(int port, params string[] arguments) => _bot = await RunningBot.StartAsync(Server, port, BotAccount, Password, arguments);

    /// <summary>Starts the bot as its own OS process on <see cref="Server"/>, on the store at <paramref name="storagePath"/>.</summary>
    public Task<BotOsProcess> StartBotProcessAsync(string storagePath, params string[] arguments) =>
        BotOsProcess.StartAsync(Server, BotAccount, Password, storagePath, arguments);

    public string Jid(string user) => Server.Jid(user);

    /// <summary>A person chatting with the bot as <paramref name="user"/>.</summary>
    public XmppUser Person(string user) => new(Server, user, Password, BotAccount);

    /// <summary>A technician who joins <see cref="Room"/> as <paramref name="nick"/> (not waiting for the join).</summary>
    public XmppUser Technician(string user, string nick) => new(Server, user, Password, BotAccount, Room, nick);

    /// <summary>A technician in <see cref="Room"/>, once the bot answers <c>/queue</c> there.</summary>
    public async Task<XmppUser> TechnicianAsync(string user, string nick)
    {
        var technician = Technician(user, nick);
        await technician.JoinedAsync("/queue", "ticket");
        return technician;
    }

    /// <summary>Every ticket in the bot's store.</summary>
    public IReadOnlyList<Ticket> Tickets()
    {
        using var database = new ServiceDeskDatabase(Bot.StoragePath);
        return new TicketStore(database).All();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_staff.Select(s => s.DisposeAsync().AsTask()));
        }
        finally
        {
            await RunningBot.StopAsync(_bot, Server);
        }
    }

    private static async Task<ProsodyDesk> StartServerAsync(IEnumerable<string> people, int staff, bool connectStaff)
    {
        var server = await ProsodyServer.StartAsync([(BotAccount, Password), .. people.Select(p => (p, Password))], CancellationToken.None);
        var desk = new ProsodyDesk(server, staff);
        try
        {
            if (staff > 0)
            {
                await ProsodyAccountFiles.WriteAsync(server, Enumerable.Range(1, staff).Select(i => (StaffAccount(i), Password)), CancellationToken.None);
            }
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        if (connectStaff)
        {
            desk.ConnectStaff();
        }

        return desk;
    }

    private static string StaffAccount(int i) => $"staff{i:000}";

    private void ConnectStaff() => _staff.AddRange(Enumerable.Range(1, _staffCount).Select(i => Person(StaffAccount(i))));
}
