namespace ServiceDesk.Core.Technicians;

/// <summary>A yes/no question the desk asked a requester about their ticket and still waits for.</summary>
public enum RequesterQuestion
{
    None,
    /// <summary>After a definitive solution: "does it work now?" ("non" reopens).</summary>
    SolutionWorks,
    /// <summary>After an intervention report: "do you acknowledge it?" (seed 002 §6.5.2, the user's signature).</summary>
    ReportAcknowledgement,
    /// <summary>After a confirmed solution: "how satisfied are you, 1 to 5?".</summary>
    Satisfaction,
    /// <summary>After a score of 1 or 2: "what went wrong?" (the next message is the comment).</summary>
    SatisfactionComment,
}
