namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// What an article is for: the bot proposes known errors before opening a ticket, answers usage
/// questions with how-tos, and explains the path of a request with procedures.
/// </summary>
public enum ArticleKind
{
    /// <summary>A recurring incident whose cause and workaround are known (seed 002 §4.4).</summary>
    KnownError,

    /// <summary>A usage question answered step by step ("how do I share my calendar").</summary>
    HowTo,

    /// <summary>How a request is made and what is or is not allowed (software, new starter, theft).</summary>
    Procedure,
}
