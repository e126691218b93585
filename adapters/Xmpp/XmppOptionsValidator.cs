using Microsoft.Extensions.Options;
using ServiceDesk.Adapters.Xmpp.Protocol;

namespace ServiceDesk.Adapters.Xmpp;

/// <summary>
/// Checks <see cref="XmppOptions"/> before anything connects, so a typo in configuration fails at
/// start-up with a clear message instead of an endless reconnect loop.
/// </summary>
public sealed class XmppOptionsValidator : IValidateOptions<XmppOptions>
{
    public ValidateOptionsResult Validate(string? name, XmppOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (Jid.TryParse(options.Jid) is not { Local: not null, Resource: null })
        {
            failures.Add("Xmpp:Jid must be a bare JID such as servicedesk@example.org.");
        }

        if (string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Xmpp:Password is required.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add("Xmpp:Port must be between 1 and 65535.");
        }

        if (options.MaxStanzaBytes < 4096)
        {
            failures.Add("Xmpp:MaxStanzaBytes must be at least 4096.");
        }

        if (string.IsNullOrWhiteSpace(options.Resource))
        {
            failures.Add("Xmpp:Resource must not be empty.");
        }

        if (!string.IsNullOrWhiteSpace(options.TechnicianRoom) &&
            (Jid.TryParse(options.TechnicianRoom) is not { Local: not null, Resource: null } || string.IsNullOrWhiteSpace(options.RoomNick)))
        {
            failures.Add("Xmpp:TechnicianRoom must be a bare room JID and Xmpp:RoomNick not empty.");
        }

        if (!string.IsNullOrWhiteSpace(options.TrustedCertificate) && !File.Exists(options.TrustedCertificate))
        {
            failures.Add($"Xmpp:TrustedCertificate file not found: {options.TrustedCertificate}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
