using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Adapters.Xmpp;

/// <summary>
/// The host's entry point: builds the XMPP chat channel from validated options. The returned channel
/// connects by itself when its <see cref="IChatChannel.ReadAllAsync"/> is first enumerated and stays
/// connected until that enumeration is cancelled; it is also <see cref="IAsyncDisposable"/>.
/// </summary>
public static class XmppChannelFactory
{
    /// <summary>With <paramref name="presence"/>, the technicians' room's occupants are reported there (for <c>/queue</c>).</summary>
    /// <exception cref="OptionsValidationException">The options are incomplete or invalid.</exception>
    public static IChatChannel Create(XmppOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, PresenceBoard? presence = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var result = new XmppOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(XmppOptions), result.Failures);
        }

        return new XmppChatChannel(options, timeProvider, loggerFactory, XmppTimings.Default, presenceBoard: presence);
    }
}
