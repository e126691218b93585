namespace ServiceDesk.KnowledgeBase.Parsing;

/// <summary>Splits an article file into its YAML front matter and its Markdown body.</summary>
internal static class FrontMatter
{
    private const string Fence = "---";

    public static bool TrySplit(string text, out string yaml, out string markdown)
    {
        yaml = "";
        markdown = "";
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            return false;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == Fence)
            {
                yaml = string.Join('\n', lines[1..i]);
                markdown = string.Join('\n', lines[(i + 1)..]);
                return true;
            }
        }

        return false;
    }
}
