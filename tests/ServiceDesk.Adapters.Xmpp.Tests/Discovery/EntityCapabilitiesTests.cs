using ServiceDesk.Adapters.Xmpp.Discovery;

namespace ServiceDesk.Adapters.Xmpp.Tests.Discovery;

public sealed class EntityCapabilitiesTests
{
    // XEP-0115 §5.2, "Simple Generation Example".
    private static readonly DiscoIdentity[] ExodusIdentities = [new("client", "pc", "Exodus 0.9.1")];

    private static readonly string[] ExodusFeatures =
    [
        "http://jabber.org/protocol/disco#info",
        "http://jabber.org/protocol/disco#items",
        "http://jabber.org/protocol/muc",
        "http://jabber.org/protocol/caps",
    ];

    [Fact]
    public void VerificationString_XepSimpleExample_IsSortedWithSeparators()
    {
        Assert.Equal(
            "client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<http://jabber.org/protocol/disco#info<http://jabber.org/protocol/disco#items<http://jabber.org/protocol/muc<",
            EntityCapabilities.VerificationString(ExodusIdentities, ExodusFeatures));
    }

    [Fact]
    public void Hash_XepSimpleExample_IsTheXepsVer()
    {
        Assert.Equal("QgayPKawpkPSDYmwT/WM94uAlu0=", EntityCapabilities.Hash(ExodusIdentities, ExodusFeatures));
    }

    [Fact]
    public void BotIdentity_IsAClientOfTypeBotThatAnswersItsOwnCapsNode()
    {
        var bot = BotIdentity.Default;

        var identity = Assert.Single(bot.Identities);
        Assert.Equal(("client", "bot"), (identity.Category, identity.Type));
        Assert.Contains("urn:xmpp:receipts", bot.Features);
        Assert.Contains("http://jabber.org/protocol/chatstates", bot.Features);
        Assert.True(bot.Answers(null));
        Assert.True(bot.Answers($"{BotIdentity.CapsNode}#{bot.CapsVer}"));
        Assert.False(bot.Answers($"{BotIdentity.CapsNode}#other"));
    }
}
