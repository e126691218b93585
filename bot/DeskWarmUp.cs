using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>
/// Holds a few whole conversations, French and English, with a private copy of the desk on a throw-away LiteDB file, at
/// start: the same code as the real desk (router, dialogue, recognizer, knowledge base, store), so that the JIT's first
/// passes over it, and its optimised second ones, are paid before the first people write instead of by them.
/// </summary>
/// <remarks>
/// The load bench showed why: before this the first thousand or so messages after a start each cost several times the
/// CPU of later ones (the desk bench's first 1,200 messages: 10–13 ms each, against 3–4 ms after), and a 200-person
/// morning is about that many messages. Nothing of it reaches the real store, channel or logs: the copy has its own
/// file, deleted afterwards, and no logger; its configuration is the bot's with the store, the web page and the
/// channels replaced.
/// </remarks>
internal static class DeskWarmUp
{
    private static readonly string[][] Conversations =
    [
        [
            "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-{0:0000}",
            "1", "bloquée", "oui", "non", "où en est ma demande ?",
        ],
        [
            "Hello, since yesterday {1}pm the printer on the 2nd floor says offline every time, nothing changed, I am on PC-{0:0000}",
            "2", "it can wait", "yes", "no", "what is the status of my request?",
        ],
    ];

    /// <summary>Runs <paramref name="conversations"/> conversations, fewer when <paramref name="stopping"/> is cancelled first (a stop never waits for the warm-up); returns the messages handled.</summary>
    public static int Run(IConfiguration configuration, int conversations, CancellationToken stopping)
    {
        if (conversations <= 0)
        {
            return 0;
        }

        var folder = Directory.CreateTempSubdirectory("servicedesk-warm-up-").FullName;
        try
        {
            var copy = new ConfigurationBuilder()
                .AddConfiguration(configuration)
                .AddInMemoryCollection([
                    new("Storage:Provider", "litedb"),
                    new("Storage:Path", Path.Combine(folder, "warm-up.db")),
                    new("Dashboard:Urls", ""),
                    new("Xmpp:Jid", ""),
                    new("Slack:BotToken", ""),
                ])
                .Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton<IConfiguration>(copy);
            BotHost.AddDesk(services, copy);
            using var provider = services.BuildServiceProvider();
            var router = provider.GetRequiredService<DeskRouter>();
            var clock = provider.GetRequiredService<TimeProvider>();
            var handled = 0;
            for (var person = 0; person < conversations && !stopping.IsCancellationRequested; person++)
            {
                var from = new ChannelAddress("warm-up", string.Create(CultureInfo.InvariantCulture, $"person{person}@warm-up.invalid"));
                var script = Conversations[person % Conversations.Length];
                for (var step = 0; step < script.Length; step++)
                {
                    var text = string.Format(CultureInfo.InvariantCulture, script[step], person, 1 + (person % 11));
                    var message = new InboundMessage(from, text, clock.GetUtcNow()) { MessageId = string.Create(CultureInfo.InvariantCulture, $"{person}-{step}") };
                    _ = router.HandleAsync(message, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                    handled++;
                }
            }

            _ = router.TickAsync("warm-up", CancellationToken.None).AsTask().GetAwaiter().GetResult();
            return handled;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
