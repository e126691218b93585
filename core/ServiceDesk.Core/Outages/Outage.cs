using System.Globalization;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// A major incident: a service down for many people at once (seed 001's morning when the mail server is down and
/// fifty people write). It has a number (<c>M3</c>), the affected service and the words people use for it, what they
/// see, a start, a status, the updates technicians gave, and the tickets linked to it. The people who wrote about it
/// are kept apart (<see cref="OutagePerson"/>), one row each, so that many turns can add people side by side.
/// </summary>
/// <remarks>Immutable like <see cref="Tickets.Ticket"/>: every change is a new value written whole by the store.</remarks>
public sealed record Outage
{
    /// <summary>The sequential number (also the store's key).</summary>
    public int Number { get; init; }

    /// <summary>The affected service as technicians named it ("messagerie").</summary>
    public string Service { get; init; } = "";

    /// <summary>The words (folded) that make a requester's message about this service (<see cref="ServiceVocabulary"/>).</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>What people see, as the technician wrote it ("les mails ne partent plus").</summary>
    public string Symptom { get; init; } = "";

    public OutageStatus Status { get; init; }

    public string OpenedBy { get; init; } = "";

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public string? Resolution { get; init; }

    /// <summary>The updates given so far, in order (<see cref="OutageUpdate.Sequence"/> from 1).</summary>
    public IReadOnlyList<OutageUpdate> Updates { get; init; } = [];

    /// <summary>Tickets opened before the outage was declared and linked to it (from a problem or the proposal).</summary>
    public IReadOnlyList<int> Tickets { get; init; } = [];

    /// <summary>The problem it was declared from, if any ("P3").</summary>
    public string? Problem { get; init; }

    /// <summary>When the technicians' room last got this outage's counters, and how many people it counted then.</summary>
    public DateTimeOffset? SummaryPostedAt { get; init; }

    public int SummaryPeople { get; init; }

    /// <summary>Display form, e.g. <c>M3</c>.</summary>
    public string Name => OutageName(Number);

    public bool IsOpen => Status == OutageStatus.Open;

    public static string OutageName(int number) => "M" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "M3" or "m3" (a bare number is accepted too: "/outage update 3 …").</summary>
    public static bool TryParseName(string? text, out int number)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > 1 && trimmed[0] is 'M' or 'm')
        {
            trimmed = trimmed[1..];
        }

        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}

/// <summary>Where an outage stands.</summary>
public enum OutageStatus
{
    Open,
    Resolved,
}

/// <summary>One update a technician gave (<c>/outage update M3 texte</c>), or the resolution (the last one).</summary>
public sealed record OutageUpdate(int Sequence, DateTimeOffset At, string By, string Text, bool Resolves = false);
