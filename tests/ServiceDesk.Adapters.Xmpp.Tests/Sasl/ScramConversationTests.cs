using ServiceDesk.Adapters.Xmpp.Protocol;
using ServiceDesk.Adapters.Xmpp.Sasl;

namespace ServiceDesk.Adapters.Xmpp.Tests.Sasl;

public sealed class ScramConversationTests
{
    // RFC 5802 §5.
    private const string Sha1Nonce = "fyko+d2lbbFgONRv9qkxdawL";
    private const string Sha1ServerFirst = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096";
    private const string Sha1ClientFinal = "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=";
    private const string Sha1ServerFinal = "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=";

    // RFC 7677 §3.
    private const string Sha256Nonce = "rOprNGfwEbeRWgbNEkqO";
    private const string Sha256ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private const string Sha256ClientFinal =
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private const string Sha256ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    [Fact]
    public void ClientFirstMessage_Rfc5802Example_MatchesRfc()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Sha1Nonce);

        Assert.Equal("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL", scram.ClientFirstMessage);
    }

    [Fact]
    public void CreateClientFinal_Rfc5802Example_MatchesRfc()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Sha1Nonce);

        Assert.Equal(Sha1ClientFinal, scram.CreateClientFinal(Sha1ServerFirst));
    }

    [Fact]
    public void VerifyServerFinal_Rfc5802Example_Accepts()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Sha1Nonce);
        scram.CreateClientFinal(Sha1ServerFirst);

        var exception = Record.Exception(() => scram.VerifyServerFinal(Sha1ServerFinal));

        Assert.Null(exception);
    }

    [Fact]
    public void CreateClientFinal_Rfc7677Example_MatchesRfc()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha256, "user", "pencil", Sha256Nonce);

        Assert.Equal("n,,n=user,r=rOprNGfwEbeRWgbNEkqO", scram.ClientFirstMessage);
        Assert.Equal(Sha256ClientFinal, scram.CreateClientFinal(Sha256ServerFirst));
    }

    [Fact]
    public void VerifyServerFinal_Rfc7677Example_Accepts()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha256, "user", "pencil", Sha256Nonce);
        scram.CreateClientFinal(Sha256ServerFirst);

        var exception = Record.Exception(() => scram.VerifyServerFinal(Sha256ServerFinal));

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("v=rmF9pqV8S7suAoZWja4dJRkFsKA=")]
    [InlineData("v=")]
    [InlineData("x=nothing")]
    public void VerifyServerFinal_WrongServerSignature_Throws(string serverFinal)
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Sha1Nonce);
        scram.CreateClientFinal(Sha1ServerFirst);

        Assert.Throws<XmppAuthenticationException>(() => scram.VerifyServerFinal(serverFinal));
    }

    [Fact]
    public void VerifyServerFinal_SignatureOfOtherPassword_Throws()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "user", "pen", Sha1Nonce);
        scram.CreateClientFinal(Sha1ServerFirst);

        Assert.Throws<XmppAuthenticationException>(() => scram.VerifyServerFinal(Sha1ServerFinal));
    }

    [Fact]
    public void VerifyServerFinal_ServerError_Throws()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Sha1Nonce);
        scram.CreateClientFinal(Sha1ServerFirst);

        var exception = Assert.Throws<XmppAuthenticationException>(() => scram.VerifyServerFinal("e=invalid-proof"));

        Assert.Contains("invalid-proof", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("r=someoneelse,s=QSXCR+Q6sek8bf92,i=4096")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLabc,s=QSXCR+Q6sek8bf92,i=0")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLabc,s=not*base64,i=4096")]
    [InlineData("r=fyko+d2lbbFgONRv9qkxdawLabc,i=4096")]
    public void CreateClientFinal_UnacceptableServerFirst_Throws(string serverFirst)
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "user", "pencil", Sha1Nonce);

        Assert.Throws<XmppAuthenticationException>(() => scram.CreateClientFinal(serverFirst));
    }

    [Fact]
    public void ClientFirstMessage_NameWithCommaAndEquals_IsEscaped()
    {
        var scram = new ScramConversation(ScramAlgorithm.Sha1, "a,b=c", "pencil", "nonce");

        Assert.Equal("n,,n=a=2Cb=3Dc,r=nonce", scram.ClientFirstMessage);
    }
}
