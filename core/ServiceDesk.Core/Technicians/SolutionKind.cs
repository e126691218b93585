namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Seed 002 §5.1: "Un appel ne peut être clôturé que lorsqu'une solution définitive qui permet de résoudre
/// l'incident a été apportée." A loaned printer is temporary; a replacement is definitive.
/// </summary>
public enum SolutionKind
{
    Temporary,
    Definitive,
}
