namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// Why one article file was left out of the index. Loading goes on without it: one bad file must
/// not take the whole knowledge base down.
/// </summary>
/// <param name="SourcePath">The file concerned.</param>
/// <param name="Message">What is wrong, in words a writer of articles can act on.</param>
public sealed record ArticleProblem(string SourcePath, string Message)
{
    public override string ToString() => $"{SourcePath}: {Message}";
}
