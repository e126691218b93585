using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Recognition.Cli;
using ServiceDesk.KnowledgeBase;

namespace ServiceDesk.Bot;

/// <summary>
/// One parser (System.CommandLine) for the bot and its verbs: no verb runs the bot; <c>tickets list|show N</c>,
/// <c>kb search</c>, <c>recognize</c>, <c>diagram</c>, <c>sla due</c> and <c>report indicators</c> inspect or
/// exercise its parts. Each has <c>--help</c>. Configuration overrides (<c>--Storage:Path=/tmp/x.db</c>) pass through
/// to the configuration; anything else unknown (a mistyped verb) prints the usage and exits with status 2 instead of
/// starting the bot on the default store.
/// </summary>
internal static class BotCommandLine
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return await RunAsync(args, Console.In, Console.Out, Console.Error, cancel.Token).ConfigureAwait(false);
    }

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = Build(args, input, output);
        var parsed = root.Parse(args);
        var stray = ConfigurationOverrides.Stray(parsed.UnmatchedTokens);
        if (parsed.Errors.Count > 0 || stray.Count > 0)
        {
            foreach (var message in parsed.Errors.Select(e => e.Message).Concat(stray.Select(s => $"Unrecognized command or argument '{s}'.")))
            {
                await error.WriteLineAsync(message).ConfigureAwait(false);
            }

            await root.Parse(UsageArgs(parsed)).InvokeAsync(new InvocationConfiguration { Output = error }, cancellationToken).ConfigureAwait(false);
            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same configuration sources as the bot, for the inspection verbs.</summary>
    public static IConfiguration ReadConfiguration(IEnumerable<string> args) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(ConfigurationOverrides.Only(args))
            .Build();

    private static RootCommand Build(string[] args, TextReader input, TextWriter output)
    {
        var root = new RootCommand("ServiceDesk.Bot: the IT service-desk chat bot. With no command it runs the bot (terminal chat, or XMPP when Xmpp:Jid is set). "
            + "Configuration keys may follow any command as --Section:Key=value.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((_, _) => RunBotAsync(args));
        root.Subcommands.Add(TicketsCommand.Build(output));
        root.Subcommands.Add(KbVerb(output));
        root.Subcommands.Add(Simple("recognize", "Reads JSON lines {text, culture, reference} on standard input and prints what the recognizer finds.",
            ct => RecognizeCommand.RunAsync(input, output, TimeProvider.System, ct)));
        root.Subcommands.Add(Simple("diagram", "Prints the conversation's state machine as a Mermaid diagram.", async _ =>
        {
            await output.WriteLineAsync(Conversation.Diagram()).ConfigureAwait(false);
            return 0;
        }));
        root.Subcommands.Add(SlaCommand.Build(output));
        root.Subcommands.Add(IndicatorsCommand.Build(output));
        foreach (var command in root.Subcommands)
        {
            Tolerate(command);
        }

        return root;
    }

    private static async Task<int> RunBotAsync(string[] args)
    {
        using var host = BotHost.Build(args, Console.In, Console.Out);
        if (host is null)
        {
            await Console.Error.WriteLineAsync(
                "No chat channel to run: set Xmpp:Jid (e.g. Xmpp__Jid=bot@example.org) or leave Console:Enabled unset or true.").ConfigureAwait(false);
            return UsageError;
        }

        try
        {
            await host.RunAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (InUse(error) is { } inUse)
        {
            await Console.Error.WriteLineAsync(inUse.Message).ConfigureAwait(false);
            return StoreInUse;
        }

        return 0;
    }

    /// <summary>The exit status of a bot refusing to start because another one runs on its LiteDB file.</summary>
    public const int StoreInUse = 3;

    private static StoreInUseException? InUse(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is StoreInUseException inUse)
            {
                return inUse;
            }

            if (error is AggregateException { InnerExceptions: [var only] })
            {
                return InUse(only);
            }
        }

        return null;
    }

    private static Command KbVerb(TextWriter output)
    {
        var json = new Option<bool>("--json") { Description = "JSON: [{id, title, language, score}]" };
        var lang = new Option<string?>("--lang") { Description = "Search only fr or en articles" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var top = new Option<int>("--top") { Description = "How many articles (1-50)", DefaultValueFactory = _ => 3 };
        var text = new Argument<string[]>("text") { Description = "What the user wrote", Arity = ArgumentArity.OneOrMore };
        var search = new Command("search", "The knowledge base's best articles for a message.") { json, lang, top, text };
        search.SetAction((result, ct) =>
        {
            string[] kbArgs = ["kb", "search", .. result.GetValue(json) ? ["--json"] : Array.Empty<string>(),
                .. result.GetValue(lang) is { } l ? ["--lang", l] : Array.Empty<string>(), "--top", result.GetValue(top).ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join(' ', result.GetValue(text) ?? [])];
            return KbSearchCommand.RunAsync(kbArgs, output, KnowledgeBaseSetup.ArticlesFolder(ReadConfiguration(result.UnmatchedTokens)), ct);
        });
        return new Command("kb", "The knowledge base.") { search };
    }

    private static Command Simple(string name, string description, Func<CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description);
        command.SetAction((_, ct) => run(ct));
        return command;
    }

    /// <summary>Every verb lets configuration overrides through (they are checked before running).</summary>
    private static void Tolerate(Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        foreach (var sub in command.Subcommands)
        {
            Tolerate(sub);
        }
    }

    /// <summary>The help of the verb that was typed (or the root's), for a command line in error.</summary>
    private static string[] UsageArgs(ParseResult parsed)
    {
        var path = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            path.Insert(0, result.Command.Name);
        }

        return [.. path, "--help"];
    }
}
