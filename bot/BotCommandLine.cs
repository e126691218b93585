using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Recognition.Cli;
using ServiceDesk.KnowledgeBase;

namespace ServiceDesk.Bot;

/// <summary>
/// <c>ServiceDesk.Bot</c> with no verb runs the bot; verbs inspect or exercise its parts:
/// <c>tickets list|show N [--json]</c>, <c>recognize</c> (JSON lines in, recognizer results out),
/// <c>diagram</c> (the conversation's state machine in Mermaid), <c>kb search [--json] [--lang fr|en] "text"</c>
/// (the knowledge base's best articles for a message).
/// </summary>
internal static class BotCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return args.FirstOrDefault() switch
        {
            "recognize" => await RecognizeCommand.RunAsync(Console.In, Console.Out, TimeProvider.System, cancel.Token).ConfigureAwait(false),
            "diagram" => await PrintDiagramAsync().ConfigureAwait(false),
            "kb" => await KbSearchCommand.RunAsync(args, Console.Out, KnowledgeBaseSetup.ArticlesFolder(ReadConfiguration([])), cancel.Token).ConfigureAwait(false),
            "tickets" => await TicketsCommand.RunAsync(args[1..], ReadConfiguration(args[1..]), Console.Out, cancel.Token).ConfigureAwait(false),
            _ => await RunBotAsync(args).ConfigureAwait(false),
        };
    }

    private static async Task<int> RunBotAsync(string[] args)
    {
        using var host = BotHost.Build(args, Console.In, Console.Out);
        if (host is null)
        {
            await Console.Error.WriteLineAsync(
                "No chat channel to run: set Xmpp:Jid (e.g. Xmpp__Jid=bot@example.org) or leave Console:Enabled unset or true.").ConfigureAwait(false);
            return 2;
        }

        await host.RunAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> PrintDiagramAsync()
    {
        await Console.Out.WriteLineAsync(Conversation.Diagram()).ConfigureAwait(false);
        return 0;
    }

    /// <summary>The same configuration sources as the bot, for the inspection verbs.</summary>
    private static IConfiguration ReadConfiguration(string[] args) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.Contains('=', StringComparison.Ordinal)).ToArray())
            .Build();
}
