namespace ServiceDesk.Core.Technicians;

/// <summary>The latest solution delivered on a ticket: only a <see cref="SolutionKind.Definitive"/> one allows closing.</summary>
public sealed record Solution(SolutionKind Kind, string Text, string By, DateTimeOffset At);
