namespace ServiceDesk.Core.Problems;

/// <summary>
/// A problem record: incidents with the same symptoms whose cause is not known yet. Seed 002 §4.4: "Quand la cause
/// d'un incident ne peut pas être identifiée, cet incident pour ITIL est requalifié en « problème ». Quand la cause
/// est trouvée le problème est requalifié en « erreur connue »."
/// </summary>
/// <remarks>Immutable like <see cref="Tickets.Ticket"/>: every change is a new value written whole by the store.</remarks>
public sealed record Problem
{
    /// <summary>The sequential number (also the store's key).</summary>
    public int Number { get; init; }

    public string Title { get; init; } = "";

    /// <summary>The linked tickets' numbers, in the order they were linked.</summary>
    public IReadOnlyList<int> Tickets { get; init; } = [];

    public string? Cause { get; init; }

    public string? Workaround { get; init; }

    public string? Resolution { get; init; }

    public ProblemStatus Status { get; init; }

    /// <summary>The technician who opened it.</summary>
    public string OpenedBy { get; init; } = "";

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The known-error article published once cause and workaround were known; null until then.</summary>
    public string? KnownErrorId { get; init; }

    /// <summary>Display form, e.g. <c>P3</c>.</summary>
    public ProblemNumber ProblemNumber => new(Number);
}
