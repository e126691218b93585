namespace ServiceDesk.Core.Recognition.Tests.Eval;

/// <summary>Finds the shared recognizer cases beside the repository (the folder holding ServiceDesk.Bot.sln or .git).</summary>
internal static class EvalFolder
{
    public static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ServiceDesk.Bot.sln")) && !Directory.Exists(Path.Combine(dir.FullName, ".git")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null) throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.Parent.FullName, "shared", "eval", "recognizers");
    }
}
