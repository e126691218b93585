using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Adapters.Xmpp;
using ServiceDesk.Core.Channels;
using ServiceDesk.Testing;

namespace ServiceDesk.Bench.Load;

/// <summary>
/// The baseline: an account that sends back every message it gets and does nothing else, on the same
/// server and with the same client code as the bot. Its latency is the floor the server, the network and
/// the XMPP client impose.
/// </summary>
internal sealed class EchoAccount : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IChatChannel _channel;
    private readonly Task _running;

    public EchoAccount(ProsodyServer server, string user, string password)
    {
        _channel = XmppChannelFactory.Create(new XmppOptions
        {
            Jid = server.Jid(user), Password = password, Host = server.Host, Port = server.Port,
            TrustedCertificate = server.CertificatePath, Resource = "echo", WarmUpRounds = 0,
        }, TimeProvider.System, NullLoggerFactory.Instance);
        _running = EchoAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_channel is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task EchoAsync()
    {
        await foreach (var message in _channel.ReadAllAsync(_stop.Token).ConfigureAwait(false))
        {
            await _channel.SendAsync(new OutboundMessage(message.From, message.Text), _stop.Token).ConfigureAwait(false);
        }
    }
}
