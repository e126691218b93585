namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Gives a technician a one-time sign-in address for the desk lead's web page. Core only asks for a link: the web
/// adapter decides how it is made, how long it lasts (5 minutes) and what opening it does (issue 16).
/// </summary>
public interface ISignInLinks
{
    /// <summary>How long a link stays valid.</summary>
    TimeSpan Lifetime { get; }

    /// <summary>A new link for this technician, valid once, for <see cref="Lifetime"/> from <paramref name="now"/>.</summary>
    Uri Issue(Technician technician, DateTimeOffset now);
}
