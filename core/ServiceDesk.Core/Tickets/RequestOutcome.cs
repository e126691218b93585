namespace ServiceDesk.Core.Tickets;

/// <summary>
/// How a request ended, so statistics count every request (seed 003, seed 002 §1), including those answered
/// at once, abandoned or refused.
/// </summary>
public enum RequestOutcome
{
    /// <summary>A ticket for the technicians (the usual case).</summary>
    Ticket,
    /// <summary>Solved by a known error the bot proposed: resolved at level 1 by self-service.</summary>
    SelfService,
    /// <summary>The person gave up (cancelled, or "merci, c'est bon" before a ticket).</summary>
    Abandoned,
    /// <summary>Will not be done (unauthorised software, illegal copy, not IT); the person got the reason and an alternative.</summary>
    Refused,
    /// <summary>An HR or management matter, recorded confidentially and passed on.</summary>
    Confidential,
}
