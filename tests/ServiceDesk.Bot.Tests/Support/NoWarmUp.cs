using System.Runtime.CompilerServices;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>
/// The bots these tests start (in this process, and as child processes, which inherit the environment) skip the start-up
/// warm-up (<c>WarmUp:*</c>): it only spends CPU so that the first messages are cheaper, which these tests do not
/// measure, and dozens of bots each holding a hundred conversations at start would slow the suite on a shared machine.
/// The load bench runs the bot with it.
/// </summary>
internal static class NoWarmUp
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("WarmUp__Conversations", "0");
        Environment.SetEnvironmentVariable("WarmUp__RecognizerMessages", "0");
    }
}
