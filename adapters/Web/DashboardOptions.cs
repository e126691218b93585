namespace ServiceDesk.Adapters.Web;

/// <summary>Configuration section <c>Dashboard</c>: where the desk lead's web page listens and how links name it.</summary>
public sealed class DashboardOptions
{
    /// <summary>
    /// Kestrel's addresses, separated by <c>;</c>. Loopback only by default: opening it wider is the admin's choice.
    /// Empty turns the page off (and <c>/dashboard</c> with it).
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:8080";

    /// <summary>The address put in sign-in links (behind a reverse proxy); empty: the first of <see cref="Urls"/>.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>How long a sign-in link stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a session lasts after signing in.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often the live feed looks for changed tickets while a page listens.</summary>
    public TimeSpan LivePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(Urls);

    /// <summary>The base address of sign-in links, without a trailing slash.</summary>
    public string LinkBase(string? listening = null)
    {
        var baseUrl = PublicUrl is { Length: > 0 } p ? p : listening ?? Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return baseUrl.TrimEnd('/');
    }
}
