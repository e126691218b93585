namespace ServiceDesk.Core.Technicians;

/// <summary>
/// Who handles a ticket (seed 002 §1.1): level 1 is the service desk, which should solve most requests itself;
/// level 2 the specialists; level 3 the vendor or maker.
/// </summary>
public enum SupportLevel
{
    Level1 = 1,
    Level2 = 2,
    Level3 = 3,
}
