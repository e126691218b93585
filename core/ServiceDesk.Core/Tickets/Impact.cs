namespace ServiceDesk.Core.Tickets;

/// <summary>How many people the incident touches (seed 002 §2.5.2.1).</summary>
public enum Impact
{
    /// <summary>One user.</summary>
    OneUser,
    /// <summary>A team, a department, or a VIP.</summary>
    TeamOrVip,
    /// <summary>The whole organisation.</summary>
    WholeOrganisation,
}
