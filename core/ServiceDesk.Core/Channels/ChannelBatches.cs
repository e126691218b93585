using System.Runtime.CompilerServices;

namespace ServiceDesk.Core.Channels;

/// <summary>The default of <see cref="IChatChannel.ReadBatchesAsync"/>: each message a batch of its own.</summary>
internal static class ChannelBatches
{
    public static async IAsyncEnumerable<IReadOnlyList<InboundMessage>> OneAtATime(
        IAsyncEnumerable<InboundMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in messages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return [message];
        }
    }
}
