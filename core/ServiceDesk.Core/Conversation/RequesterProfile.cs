namespace ServiceDesk.Core.Conversation;

/// <summary>
/// A requester as the desk knows them (seed 002 §2.2: identify the user and their environment),
/// keyed by their channel address.
/// </summary>
public sealed record RequesterProfile
{
    public string Id { get; init; } = "";

    public string? DisplayName { get; init; }

    /// <summary>"fr" or "en": the language they last wrote in.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>Workstation or device, e.g. "PC-0423".</summary>
    public string? Workstation { get; init; }

    public string? OperatingSystem { get; init; }

    public string? Location { get; init; }

    public string? Phone { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>"PC-0423 sous Windows 11" (with the joiner given), or null when nothing is known.</summary>
    public string? EnvironmentText(string systemJoiner) => (Workstation, OperatingSystem) switch
    {
        ({ } w, { } os) => w + systemJoiner + os,
        ({ } w, null) => w,
        (null, { } os) => systemJoiner.TrimStart() + os,
        _ => null,
    };
}
