namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>The README shows the conversation's state machine; this keeps it equal to the code.</summary>
public sealed class ConversationDiagramTests
{
    private const string Start = "<!-- conversation-diagram:start -->";
    private const string End = "<!-- conversation-diagram:end -->";

    [Fact]
    public void Diagram_InReadme_MatchesTheStateMachine()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var from = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        var expected = "\n```mermaid\n" + Core.Conversation.Conversation.Diagram().ReplaceLineEndings("\n").Trim() + "\n```\n";

        Assert.True(from > Start.Length && to > from, "README.md lacks the conversation-diagram markers.");
        Assert.Equal(expected, readme[from..to]);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceDesk.Bot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("ServiceDesk.Bot.sln not found above the test folder.");
    }
}
