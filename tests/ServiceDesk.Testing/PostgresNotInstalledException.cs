namespace ServiceDesk.Testing;

/// <summary>
/// The PostgreSQL tests need Debian's PostgreSQL server binaries; rather than skip silently, they fail with this, which
/// says how to get them.
/// </summary>
public sealed class PostgresNotInstalledException()
    : Exception(
        "No PostgreSQL server was found under /usr/lib/postgresql/*/bin. The PostgreSQL tests start a throw-away cluster " +
        "with initdb and postgres: run the test command given in the README, which installs it (apt-get install -y postgresql on Debian/Ubuntu).");
