using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Adapters.Xmpp.Discovery;

/// <summary>
/// XEP-0115 §5.1: the verification string of what an entity supports (identities, then features, each sorted
/// and followed by '&lt;'), hashed with SHA-1 and encoded in base64. Clients cache disco#info by this <c>ver</c>,
/// so they ask once per version of the bot, not once per contact.
/// </summary>
internal static class EntityCapabilities
{
    public static string VerificationString(IEnumerable<DiscoIdentity> identities, IEnumerable<string> features)
    {
        var text = new StringBuilder();
        foreach (var identity in identities
            .OrderBy(i => i.Category, StringComparer.Ordinal)
            .ThenBy(i => i.Type, StringComparer.Ordinal)
            .ThenBy(i => i.Lang, StringComparer.Ordinal))
        {
            text.Append(identity.Category).Append('/').Append(identity.Type).Append('/').Append(identity.Lang).Append('/').Append(identity.Name).Append('<');
        }

        foreach (var feature in features.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(feature).Append('<');
        }

        return text.ToString();
    }

#pragma warning disable CA5350 // XEP-0115 names SHA-1: it identifies a feature set, it protects nothing.
    public static string Hash(IEnumerable<DiscoIdentity> identities, IEnumerable<string> features) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(VerificationString(identities, features))));
#pragma warning restore CA5350
}
