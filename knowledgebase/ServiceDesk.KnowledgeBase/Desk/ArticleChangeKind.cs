namespace ServiceDesk.KnowledgeBase.Desk;

/// <summary>The outcome of re-reading one article file.</summary>
public enum ArticleChangeKind
{
    /// <summary>The article was added or replaced in the index.</summary>
    Indexed,

    /// <summary>The file is gone and so is its article.</summary>
    Removed,

    /// <summary>The file is malformed; the index keeps what it had.</summary>
    Rejected,

    /// <summary>The file is gone and the index did not hold it.</summary>
    Ignored,
}
