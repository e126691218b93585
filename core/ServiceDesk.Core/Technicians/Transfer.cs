namespace ServiceDesk.Core.Technicians;

/// <summary>
/// A ticket handed to a specialist because it exceeds level-1 skills. Seed 002 §4.3.3: "Le problème dépasse ses
/// compétences. Dans ce cas de figure, le technicien va affecter l'appel à un spécialiste, cette action se nomme un
/// transfert." Recorded apart from an <see cref="Escalation"/> so the two can be counted separately.
/// </summary>
/// <param name="At">When.</param>
/// <param name="By">The technician who transferred it.</param>
/// <param name="FromLevel">The level it left.</param>
/// <param name="ToLevel">The level it went to.</param>
/// <param name="ToGroup">The group it went to, when handed to a group.</param>
/// <param name="ToTechnician">The technician it went to, when handed to a person.</param>
/// <param name="Reason">Why it exceeds the level's skills.</param>
public sealed record Transfer(DateTimeOffset At, string By, SupportLevel FromLevel, SupportLevel ToLevel, string? ToGroup, string? ToTechnician, string Reason);
