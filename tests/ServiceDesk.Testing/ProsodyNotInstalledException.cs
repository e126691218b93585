namespace ServiceDesk.Testing;

/// <summary>
/// The XMPP tests need a real Prosody; rather than skip silently, they fail with this, which says
/// how to get one.
/// </summary>
public sealed class ProsodyNotInstalledException(string program, Exception? innerException = null)
    : Exception(
        $"'{program}' was not found on PATH. The XMPP tests run against a real Prosody server (prosody, prosodyctl, " +
        "openssl): run the test command given in the README, which installs it (apt-get install -y prosody on Debian/Ubuntu).",
        innerException);
