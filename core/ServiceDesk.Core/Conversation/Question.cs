namespace ServiceDesk.Core.Conversation;

/// <summary>
/// The clarifying questions of seed 003 and the product brief, asked only when the fact is still missing,
/// one at a time.
/// </summary>
public enum Question
{
    None,
    /// <summary>"Toujours sur le poste PC-0423 sous Windows 11 ?" (known profile) or "Sur quel poste ?" (unknown).</summary>
    Environment,
    Application,
    Since,
    ErrorMessage,
    RecentChange,
    Reproducible,
    Impact,
    Urgency,
    /// <summary>For a service request: for whom.</summary>
    ForWhom,
    /// <summary>For a service request: by when.</summary>
    ByWhen,
    /// <summary>For a service request: where.</summary>
    Where,
    /// <summary>After "non" to the reformulation: what should be corrected.</summary>
    Correction,

    /// <summary>A change request: what it would bring, and to whom.</summary>
    Benefit,
}
