namespace ServiceDesk.KnowledgeBase.Desk;

/// <summary>What happened to one article file seen changing at run time.</summary>
/// <param name="SourcePath">The file.</param>
/// <param name="Kind">Indexed, removed, rejected, or ignored (a deleted file the index did not hold).</param>
/// <param name="Problem">Why the file was rejected, when it was.</param>
public sealed record ArticleChange(string SourcePath, ArticleChangeKind Kind, ArticleProblem? Problem);
