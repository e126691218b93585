using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Adapters.Xmpp;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>A staff member with a real account on the test Prosody, chatting with the bot.</summary>
internal sealed class XmppUser : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(InboundMessage Message, long Seq)> _received = Channel.CreateUnbounded<(InboundMessage, long)>();
    private long _receivedCount;
    private readonly IChatChannel _channel;
    private readonly ChannelAddress _bot;
    private readonly ChannelAddress? _room;
    private readonly Task _reading;

    /// <summary>Connects as <paramref name="user"/>; a technician also joins <paramref name="room"/> (bare JID) as <paramref name="nick"/>.</summary>
    public XmppUser(ProsodyServer server, string user, string password, string bot, string? room = null, string? nick = null)
    {
        _channel = XmppChannelFactory.Create(new XmppOptions
        {
            Jid = server.Jid(user),
            Password = password,
            Host = server.Host,
            Port = server.Port,
            TrustedCertificate = server.CertificatePath,
            Resource = "test",
            TechnicianRoom = room,
            RoomNick = nick ?? user,
            Styling = false,
        }, TimeProvider.System, NullLoggerFactory.Instance);
        _bot = new ChannelAddress("xmpp", server.Jid(bot));
        Jid = server.Jid(user);
        _room = room is null ? null : new ChannelAddress("xmpp", room) { IsRoom = true };
        _reading = ReadAsync();
    }

    /// <summary>This user's bare JID.</summary>
    public string Jid { get; }

    /// <summary>Everything the bot said so far, in order.</summary>
    public List<string> Transcript { get; } = [];

    public Task SayAsync(string text) => _channel.SendAsync(new OutboundMessage(_bot, text), CancellationToken.None).AsTask();

    /// <summary>Says something in the technicians' room.</summary>
    public Task SayInRoomAsync(string text) =>
        _channel.SendAsync(new OutboundMessage(_room ?? throw new InvalidOperationException("No room joined."), text), CancellationToken.None).AsTask();

    /// <summary>
    /// Waits until this user and the bot are both in the room: says <paramref name="probe"/> there until the bot answers
    /// in the room (a line sent before the join completes is refused by the server and lost). Only a line received after
    /// the probe counts: an earlier one not read yet (the answer to an earlier command) would say nothing of the join.
    /// </summary>
    public async Task JoinedAsync(string probe, params string[] answer)
    {
        for (var attempt = 1; ; attempt++)
        {
            var after = Interlocked.Read(ref _receivedCount);
            await SayInRoomAsync(probe);
            try
            {
                await ExpectAsync(TimeSpan.FromSeconds(2), inRoom: true, answer, after);
                return;
            }
            catch (TimeoutException) when (attempt < 10)
            {
                // Not in the room yet: try again.
            }
        }
    }

    /// <summary>Waits for a message from the bot containing every fragment; fails with the transcript after the timeout.</summary>
    public Task<string> ExpectAsync(TimeSpan timeout, params string[] fragments) => ExpectAsync(timeout, inRoom: null, fragments);

    /// <summary>Waits for a line of the bot's in the room containing every fragment.</summary>
    public Task<string> ExpectInRoomAsync(TimeSpan timeout, params string[] fragments) => ExpectAsync(timeout, inRoom: true, fragments);

    public Task<string> ExpectInRoomAsync(params string[] fragments) => ExpectInRoomAsync(TimeSpan.FromSeconds(20), fragments);

    private Task<string> ExpectAsync(TimeSpan timeout, bool? inRoom, string[] fragments, long receivedAfter = 0) =>
        FirstAsync(
            timeout,
            (message, seq) => seq > receivedAfter && (inRoom is null || message.From.IsRoom == inRoom) && fragments.All(f => message.Text.Contains(f, StringComparison.Ordinal)),
            $"[{string.Join(", ", fragments)}]");

    public Task<string> ExpectAsync(params string[] fragments) => ExpectAsync(TimeSpan.FromSeconds(20), fragments);

    /// <summary>Waits for a line of the bot's containing any one of <paramref name="alternatives"/>; returns it.</summary>
    public Task<string> ExpectAnyAsync(TimeSpan timeout, params string[] alternatives) =>
        FirstAsync(timeout, (message, _) => alternatives.Any(a => message.Text.Contains(a, StringComparison.Ordinal)), $"any of [{string.Join(", ", alternatives)}]");

    /// <summary>Reads the bot's lines (dropping the others) until one matches; throws with the transcript after <paramref name="timeout"/>.</summary>
    private async Task<string> FirstAsync(TimeSpan timeout, Func<InboundMessage, long, bool> matches, string wanted)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var (message, seq) = await _received.Reader.ReadAsync(limit.Token);
                if (matches(message, seq))
                {
                    return message.Text;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No message with {wanted} within {timeout}. Bot said:\n{string.Join("\n---\n", Transcript)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_channel is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        _stop.Dispose();
    }

    /// <summary>The bot's words without their XEP-0393 styling (bold ticket numbers and priorities, word joiners).</summary>
    public static string Plain(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("\u2060", "", StringComparison.Ordinal), @"\*(#\d+|P[1-4])\*", "$1");

    private async Task ReadAsync()
    {
        await foreach (var styled in _channel.ReadAllAsync(_stop.Token))
        {
            var message = styled with { Text = Plain(styled.Text) };
            lock (Transcript)
            {
                Transcript.Add((message.From.IsRoom ? "[room] " : "") + message.Text);
            }

            await _received.Writer.WriteAsync((message, Interlocked.Increment(ref _receivedCount)));
        }
    }
}
