using ServiceDesk.Testing;

namespace ServiceDesk.Adapters.Xmpp.Tests.Testing;

public sealed class ExternalCommandTests
{
    [Fact]
    public void RequireOnPath_ProgramMissing_ThrowsSayingToRunTheReadmeTestCommand()
    {
        var exception = Assert.Throws<ProsodyNotInstalledException>(() => ExternalCommand.RequireOnPath("no-such-prosody-binary"));

        Assert.Contains("no-such-prosody-binary", exception.Message, StringComparison.Ordinal);
        Assert.Contains("README", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ProgramMissing_ThrowsProsodyNotInstalled()
    {
        await Assert.ThrowsAsync<ProsodyNotInstalledException>(
            () => ExternalCommand.RunAsync("no-such-prosodyctl-binary", [], CancellationToken.None));
    }
}
