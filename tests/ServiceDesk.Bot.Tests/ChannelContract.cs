using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Adapters.Console;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Adapters.Slack;
using ServiceDesk.Adapters.Xmpp;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;
using ServiceDesk.Testing.FakeSlack;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// What every channel does with the desk's messages, whatever it can render (issue 12): the text always reaches the
/// person, choices keep their numbers, a thread never loses a message, an update with nothing new sends nothing, a
/// confirmed send completes once the message has left, a burst arrives whole and in order, a long text arrives whole.
/// Each channel's test class passes this same suite: the terminal, Slack (over the fake) and Jabber (over a real Prosody).
/// </summary>
public abstract class ChannelContract : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>The channel under test, reading (connected) once this returns.</summary>
    protected IChatChannel Channel { get; set; } = null!;

    /// <summary>The address of a person on that channel.</summary>
    protected abstract ChannelAddress Person { get; }

    /// <summary>Everything the person has been shown so far, as text.</summary>
    protected abstract string Seen();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Send_PlainText_PersonSeesIt()
    {
        await Channel.SendConfirmedAsync(new OutboundMessage(Person, "Bonjour, je m'en occupe & je reviens vers vous."), CancellationToken.None).WaitAsync(Wait);

        await SeesAsync("je m'en occupe");
    }

    [Fact]
    public async Task Send_Choices_EachChoiceShownWithItsNumber()
    {
        await Channel.SendConfirmedAsync(new OutboundMessage(Person, "Qui est touché par ce problème ?")
        {
            Choices = ["Juste moi", "Mon équipe ou une personne VIP", "Toute l'organisation"],
        }, CancellationToken.None).WaitAsync(Wait);

        await SeesAsync("1. Juste moi");
        Assert.Contains("3. Toute l'organisation", Seen(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_InATicketThreadNeverPosted_TextStillReachesThePerson()
    {
        await Channel.SendConfirmedAsync(new OutboundMessage(Person, "#7 · réponse dans le fil") { Thread = ThreadReference.ForTicket(7) }, CancellationToken.None).WaitAsync(Wait);

        await SeesAsync("réponse dans le fil");
    }

    [Fact]
    public async Task Send_UpdateWithNothingNew_SendsNothing()
    {
        await Channel.SendConfirmedAsync(new OutboundMessage(Person, "") { Replaces = new MessageReference("unknown:1") }, CancellationToken.None).WaitAsync(Wait);
        await Channel.SendConfirmedAsync(new OutboundMessage(Person, "après la mise à jour"), CancellationToken.None).WaitAsync(Wait);

        var seen = await SeesAsync("après la mise à jour");
        Assert.DoesNotContain("unknown", seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ReplyToACommandOrOnlyForThePerson_TheyStillSeeIt()
    {
        await Channel.SendConfirmedAsync(new OutboundMessage(Person, "Usage : /take N") { OnlyFor = Person }, CancellationToken.None).WaitAsync(Wait);

        await SeesAsync("Usage : /take N");
    }

    [Fact]
    public async Task Send_BurstOfMessages_AllArriveInOrder()
    {
        var sent = Enumerable.Range(1, 5).Select(i => Channel.SendConfirmedAsync(new OutboundMessage(Person, $"Étape {i} sur 5."), CancellationToken.None)).ToList();
        await Task.WhenAll(sent).WaitAsync(Wait);

        var seen = await SeesAsync("Étape 5 sur 5.");
        var positions = Enumerable.Range(1, 5).Select(i => seen.IndexOf($"Étape {i} sur 5.", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, "A message of the burst was lost:\n" + seen));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Send_LongText_ArrivesWhole()
    {
        var words = string.Join(' ', Enumerable.Range(1, 1_500).Select(i => $"mot{i}"));

        await Channel.SendConfirmedAsync(new OutboundMessage(Person, words + " fin."), CancellationToken.None).WaitAsync(Wait);

        var seen = await SeesAsync("mot1500 fin.");
        Assert.Contains("mot1 ", seen, StringComparison.Ordinal);
        Assert.Contains("mot750 ", seen, StringComparison.Ordinal);
    }

    private async Task<string> SeesAsync(string fragment)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Seen().Contains(fragment, StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < Wait, $"«{fragment}» never reached the person. They saw:\n{Seen()}");
            await Task.Delay(50);
        }

        return Seen();
    }
}

/// <summary>The terminal chat passes the channel contract.</summary>
public sealed class ConsoleChannelContractTests : ChannelContract
{
    private readonly TerminalOutput _terminal = new();

    protected override ChannelAddress Person => new("console", "alice");

    protected override string Seen() => _terminal.Text;

    public override Task InitializeAsync()
    {
        Channel = new ConsoleChatChannel(TextReader.Null, _terminal, "alice", TimeProvider.System);
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        _terminal.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The Slack channel passes the channel contract, over the fake Slack (what the person's DM shows).</summary>
public sealed class SlackChannelContractTests : ChannelContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("slack-contract-").FullName;
    private readonly CancellationTokenSource _stop = new();
    private FakeSlack _slack = null!;
    private ServiceDeskDatabase _store = null!;
    private Task _reading = Task.CompletedTask;

    protected override ChannelAddress Person => SlackChatChannel.Person("U0ALICE");

    protected override string Seen() =>
        string.Join('\n', _slack.Messages.Where(m => m.Channel == "D0ALICE").Select(m => m.Text)
            .Concat(_slack.CallsTo("chat.postEphemeral").Select(c => c.Argument("text") ?? "")));

    public override async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        _slack.AddUser(new FakeSlackUser("U0ALICE", "Alice Durand", "fr-FR", "Europe/Paris"));
        _store = new ServiceDeskDatabase(Path.Combine(_folder, "servicedesk.db"));
        var channel = new SlackChatChannel(
            new SlackOptions { BotToken = FakeSlack.BotToken, AppToken = FakeSlack.AppToken, ApiUrl = _slack.ApiUrl.ToString(), TechnicianChannel = "C0TECH" },
            new ThreadStore(_store), TimeProvider.System, NullLoggerFactory.Instance);
        Channel = channel;
        _reading = Task.Run(async () =>
        {
            await foreach (var _ in channel.ReadAllAsync(_stop.Token))
            {
            }
        });
        await FakeSlack.EventuallyAsync(() => _slack.OpenSockets.Count == 1, "the Socket Mode connection", TimeSpan.FromSeconds(20));
    }

    public override async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await ((SlackChatChannel)Channel).DisposeAsync();
        await _slack.DisposeAsync();
        _store.Dispose();
        _stop.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The Jabber channel passes the channel contract, over a real Prosody (what the person's client receives).</summary>
public sealed class XmppChannelContractTests : ChannelContract
{
    private const string Password = "s3cret-contract";
    private readonly CancellationTokenSource _stop = new();
    private ProsodyServer? _server;
    private XmppUser? _alice;
    private Task _reading = Task.CompletedTask;

    protected override ChannelAddress Person => new("xmpp", _server!.Jid("alice"));

    protected override string Seen()
    {
        lock (_alice!.Transcript)
        {
            return string.Join('\n', _alice.Transcript);
        }
    }

    public override async Task InitializeAsync()
    {
        _server = await ProsodyServer.StartAsync([("servicedesk", Password), ("alice", Password)], CancellationToken.None);
        _alice = new XmppUser(_server, "alice", Password, "servicedesk");
        var channel = XmppChannelFactory.Create(new XmppOptions
        {
            Jid = _server.Jid("servicedesk"),
            Password = Password,
            Host = _server.Host,
            Port = _server.Port,
            TrustedCertificate = _server.CertificatePath,
        }, TimeProvider.System, NullLoggerFactory.Instance);
        Channel = channel;
        _reading = Task.Run(async () =>
        {
            await foreach (var _ in channel.ReadAllAsync(_stop.Token))
            {
            }
        });

        // Online on both ends before the suite speaks: the person answers the bot's first line.
        await Channel.SendConfirmedAsync(new OutboundMessage(Person, "Bonjour."), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        await _alice.ExpectAsync(TimeSpan.FromSeconds(30), "Bonjour.");
    }

    public override async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            if (Channel is IAsyncDisposable channel)
            {
                await channel.DisposeAsync();
            }

            if (_alice is not null)
            {
                await _alice.DisposeAsync();
            }
        }
        finally
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            _stop.Dispose();
        }
    }
}
