namespace ServiceDesk.Core.Conversation;

/// <summary>
/// A requester as the desk knows them (seed 002 §2.2: identify the user and their environment),
/// keyed by their channel address, or for a person the configuration links across channels, by their key
/// (<see cref="People.Person.Id"/>): one profile for both.
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

    /// <summary>
    /// For a person linked across channels: the channel they last wrote from (with <see cref="LastAddress"/>), where the
    /// desk reaches them when it starts a message (<see cref="People.RequesterReach"/>). Null for everyone else.
    /// </summary>
    public string? LastChannel { get; init; }

    /// <summary>Their address on <see cref="LastChannel"/>.</summary>
    public string? LastAddress { get; init; }

    /// <summary>"PC-0423 sous Windows 11" (with the joiner given), or null when nothing is known.</summary>
    public string? EnvironmentText(string systemJoiner) => (Workstation, OperatingSystem) switch
    {
        ({ } w, { } os) => w + systemJoiner + os,
        ({ } w, null) => w,
        (null, { } os) => systemJoiner.TrimStart() + os,
        _ => null,
    };
}
