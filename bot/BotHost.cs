using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ServiceDesk.Adapters.Console;
using ServiceDesk.Adapters.Slack;
using ServiceDesk.Adapters.Xmpp;
using ServiceDesk.Core.Calendar;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.People;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.Bot;

/// <summary>
/// The only place that wires things: configuration (appsettings.json, then environment variables with the
/// <c>__</c> separator, then the command line), logging, storage, the desk, and one worker per enabled channel.
/// </summary>
internal static class BotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            Configuration = new ConfigurationManager(),
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        AddDesk(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The bot with every channel its configuration enables (XMPP when <c>Xmpp:Jid</c> is set, the console when
    /// wanted), or null when no channel would run.
    /// </summary>
    /// <param name="args">The command line.</param>
    /// <param name="consoleIn">What the terminal chat reads.</param>
    /// <param name="consoleOut">Where the terminal chat writes.</param>
    /// <param name="loggerProviders">
    /// Loggers added to the configured ones, so that a test can assert what the logs say (a cut message, a refused
    /// command). They stay owned by the caller: the host does not dispose them.
    /// </param>
    public static IHost? Build(string[] args, TextReader consoleIn, TextWriter consoleOut, IEnumerable<ILoggerProvider>? loggerProviders = null)
    {
        var builder = CreateBuilder(args);
        foreach (var provider in loggerProviders ?? [])
        {
            builder.Logging.AddProvider(provider);
        }

        var configuration = builder.Configuration;
        var xmpp = configuration.GetSection("Xmpp").Get<XmppOptions>() ?? new XmppOptions();
        if (string.IsNullOrWhiteSpace(configuration["Xmpp:StatusText"]))
        {
            // Unless configured, the presence status says when technicians are there, from the desk's calendar.
            xmpp.StatusText = OpeningHoursText.PresenceStatus(QualificationConfiguration.ReadCalendar(configuration));
        }

        // On PostgreSQL admitting a message is a round trip to the database: not on the socket thread (XmppOptions.InlineReads).
        if (StorageSetup.UsesPostgres(configuration))
        {
            xmpp.InlineReads = false;
        }

        var networkChannel = !string.IsNullOrWhiteSpace(xmpp.Jid);
        if (networkChannel)
        {
            AddChannel(builder.Services, sp => XmppChannelFactory.Create(
                xmpp, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<PresenceBoard>()));
        }

        // Slack runs when its bot token is set (from the environment: Slack__BotToken), beside Jabber on the same desk.
        if (ReadSlack(configuration) is { } slack)
        {
            networkChannel = true;
            AddChannel(builder.Services, sp => new SlackChatChannel(
                slack, sp.GetRequiredService<IThreadStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()),
                sharedReception: slack.Mode == SlackMode.Socket);
        }

        if (WantsConsole(configuration, networkChannel))
        {
            var user = ConsoleUser(configuration);
            AddChannel(builder.Services, sp => new ConsoleChatChannel(consoleIn, consoleOut, user, sp.GetRequiredService<TimeProvider>()), leased: false);
            builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        }
        else if (!networkChannel)
        {
            return null;
        }

        return builder.Build();
    }

    /// <summary>
    /// The Slack options when <c>Slack:BotToken</c> is set, checked at start-up (a bot token in the app-token key, a missing
    /// signing secret in events mode … stop the bot with a clear message); null when Slack is not configured.
    /// </summary>
    public static SlackOptions? ReadSlack(IConfiguration configuration)
    {
        var slack = configuration.GetSection("Slack").Get<SlackOptions>();
        if (slack is null || string.IsNullOrWhiteSpace(slack.BotToken))
        {
            return null;
        }

        var verdict = new SlackOptionsValidator().Validate(null, slack);
        return verdict.Failed ? throw new InvalidOperationException("Slack configuration: " + verdict.FailureMessage) : slack;
    }

    /// <summary>Storage, qualification tables and the requester dialogue.</summary>
    public static void AddDesk(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        StorageSetup.Add(services, configuration);
        services.AddSingleton(QualificationConfiguration.ReadMatrix(configuration));
        services.AddSingleton(QualificationConfiguration.ReadSla(configuration));
        var dialogue = configuration.GetSection("Dialogue").Get<DialogueOptions>() ?? new DialogueOptions();
        dialogue.ConfidentialGroup = configuration["Desk:ConfidentialGroup"] is { Length: > 0 } group ? group : dialogue.ConfidentialGroup;
        services.AddSingleton(dialogue);
        KnowledgeBaseSetup.Add(services, configuration);
        ProblemSetup.Add(services, configuration);
        OutageSetup.Add(services, configuration);
        services.AddSingleton(RefusalCatalogue.Default);
        services.AddSingleton<RequesterDialogue>();
        services.AddHostedService<RecognizerWarmUpService>();
        AddTechnicians(services, configuration);
        DashboardSetup.Add(services, configuration);
    }

    /// <summary>
    /// The technicians' side: who they are, the standard commands (register more <see cref="ITechnicianCommand"/>
    /// implementations to add <c>/kb</c> or <c>/problem</c>), and the router in front of the requester dialogue.
    /// </summary>
    public static void AddTechnicians(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TechnicianConfiguration.ReadDirectory(configuration));
        services.AddSingleton(TechnicianConfiguration.ReadOptions(configuration));
        foreach (var command in CommandRegistry.Standard())
        {
            services.AddSingleton<ITechnicianCommand>(command);
        }

        services.AddSingleton(sp => new CommandRegistry(sp.GetServices<ITechnicianCommand>()));
        services.AddSingleton<IDeskAudit, LoggingDeskAudit>();
        services.AddSingleton<PresenceBoard>();
        // People linked across channels (People:N): one requester each, reached on the channel they last wrote from.
        services.AddSingleton(PeopleConfiguration.Read(configuration, TechnicianConfiguration.ReadDirectory(configuration)));
        services.AddSingleton<RequesterReach>();
        services.AddSingleton<TechnicianDeskServices>();
        services.AddSingleton<DeskRouter>();
        services.AddSingleton<OutboundDispatcher>();
    }

    /// <summary>
    /// Adds a worker for a channel (several channels may run side by side). On a shared store a network channel
    /// (<paramref name="leased"/>) runs on the instance holding its lease only (<see cref="LeaseSetup"/>).
    /// </summary>
    public static void AddChannel(IServiceCollection services, Func<IServiceProvider, IChatChannel> create, bool leased = true, bool sharedReception = false)
    {
        var network = services.FirstOrDefault(d => d.ServiceType == typeof(LeaseSetup.NetworkChannels))?.ImplementationInstance as LeaseSetup.NetworkChannels;
        if (network is null)
        {
            network = new LeaseSetup.NetworkChannels();
            services.AddSingleton(network);
        }

        network.Any |= leased;
        services.AddSingleton<IHostedService>(sp => LeaseSetup.Worker(sp, create, leased, sharedReception));
    }

    /// <summary>
    /// The console chat runs when asked (<c>Console:Enabled</c>), or by default when no network channel is
    /// configured: it is the embedded default, typed at or piped into (<c>echo statut | dotnet run --project bot</c>).
    /// A service with <c>Xmpp:Jid</c> set leaves it off unless asked.
    /// </summary>
    public static bool WantsConsole(IConfiguration configuration, bool networkChannelConfigured)
    {
        var options = configuration.GetSection("Console").Get<ConsoleOptions>() ?? new ConsoleOptions();
        return options.Enabled ?? !networkChannelConfigured;
    }

    public static string ConsoleUser(IConfiguration configuration) =>
        configuration["Console:User"] is { Length: > 0 } user ? user : Environment.UserName;
}
