using ServiceDesk.Adapters.Xmpp.Sasl;

namespace ServiceDesk.Adapters.Xmpp.Tests.Sasl;

public sealed class SaslAuthenticatorTests
{
    [Theory]
    [InlineData("PLAIN,SCRAM-SHA-1,SCRAM-SHA-256", true, "SCRAM-SHA-256")]
    [InlineData("PLAIN,SCRAM-SHA-1", true, "SCRAM-SHA-1")]
    [InlineData("SCRAM-SHA-1-PLUS,SCRAM-SHA-1", true, "SCRAM-SHA-1")]
    [InlineData("PLAIN", true, "PLAIN")]
    [InlineData("PLAIN", false, null)]
    [InlineData("DIGEST-MD5,X-OAUTH2", true, null)]
    public void ChooseMechanism_Offered_PicksStrongestAllowed(string offered, bool encrypted, string? expected)
    {
        Assert.Equal(expected, SaslAuthenticator.ChooseMechanism(offered.Split(','), encrypted));
    }
}
