using System.Runtime.CompilerServices;
using System.Text;
using ServiceDesk.Core.Channels;

namespace ServiceDesk.Adapters.Console;

/// <summary>
/// A chat with the desk in a terminal, as one staff member: each line typed is a message, each answer is
/// printed with its choices as numbered lines. The embedded default channel: no server needed.
/// </summary>
public sealed class ConsoleChatChannel(TextReader input, TextWriter output, string user, TimeProvider clock) : IChatChannel
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ChannelAddress _address = new("console", user);

    public string Name => "console";

    public async IAsyncEnumerable<InboundMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                yield break;
            }

            yield return new InboundMessage(_address, line, clock.GetUtcNow()) { DisplayName = user };
        }
    }

    public async ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.AsPlainMessage() is not { } plain)
        {
            return; // An update with nothing new: the terminal cannot edit a line already written.
        }

        message = plain;
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteLineAsync(Render(message).AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>"bot> text" then "   1. choice" lines.</summary>
    internal static string Render(OutboundMessage message)
    {
        var text = new StringBuilder("bot> ").Append(message.Text.Replace("\n", "\n     ", StringComparison.Ordinal));
        for (var i = 0; i < message.Choices.Count; i++)
        {
            text.Append("\n     ").Append(i + 1).Append(". ").Append(message.Choices[i]);
        }

        return text.ToString();
    }
}
