namespace ServiceDesk.Core.Technicians;

/// <summary>
/// A ticket handed up for lack of time although level 1 could have solved it. Seed 002 §4.3.3: "il aurait pu
/// traiter l'appel, c'est le manque de temps qui l'en a empêché. L'action qui consiste à affecter l'appel au
/// niveau 2 s'appelle une escalade." Recorded apart from a <see cref="Transfer"/>.
/// </summary>
/// <param name="At">When.</param>
/// <param name="By">The technician who escalated it.</param>
/// <param name="FromLevel">The level it left.</param>
/// <param name="ToLevel">The level it went to.</param>
/// <param name="Reason">Why time ran short.</param>
/// <param name="HeldForMinutes">How long the escalating technician had held it (from taking it), when known.</param>
public sealed record Escalation(DateTimeOffset At, string By, SupportLevel FromLevel, SupportLevel ToLevel, string Reason, int? HeldForMinutes);
