using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ServiceDesk.Bot.Tests.Support;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// One desk across two channels in one bot (issue 12): every answer reaches the person on the channel they used, whichever
/// channel's turn produced it. Each channel's worker used to send only what was addressed on its own channel and drop the
/// rest without a word, so a technician taking a ticket from another network left the requester uninformed.
/// </summary>
public sealed class CrossChannelTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _folder = Directory.CreateTempSubdirectory("cross-channel-").FullName;
    private readonly CollectingLoggerProvider _logs = new();

    [Fact]
    public async Task TechnicianOnAnotherChannel_TakesAndWrites_RequesterToldOnTheirOwnChannel()
    {
        var requesters = new FakeChatChannel("fake");
        var technicians = new FakeChatChannel("console");
        using var host = Build(requesters, technicians);
        await host.StartAsync();
        try
        {
            await ConverseAsync(requesters, technicians);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // It failed once in many runs (the first message answered with the temporary-problem notice): the bot's log says why.
            throw new InvalidOperationException($"{error.Message}\nThe bot's log:\n{_logs.Dump()}", error);
        }

        await host.StopAsync();
        Assert.Equal(0, _logs.Count(LogLevel.Warning, "no running channel"));
    }

    private static async Task ConverseAsync(FakeChatChannel requesters, FakeChatChannel technicians)
    {
        foreach (var (text, answer) in new[]
        {
            ("Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423", "Qui est touché"), ("1", "où en êtes-vous"),
            ("bloquée", "Si je vous comprends bien"), ("oui", "C'est un problème connu"), ("non", "est enregistrée"),
        })
        {
            requesters.Receive("alice", text);
            await requesters.WaitForAsync("alice", answer, Wait);
        }

        technicians.Receive("theo", "/take 1");
        await requesters.WaitForAsync("alice", "Théo Tech", Wait);
        technicians.Receive("theo", "Bonjour, pouvez-vous redémarrer Outlook ?");
        await requesters.WaitForAsync("alice", "pouvez-vous redémarrer Outlook", Wait);
        requesters.Receive("alice", "c'est fait, ça marche");
        var theo = await technicians.WaitForAsync("theo", "c'est fait, ça marche", Wait);
        Assert.Contains("#1", theo, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private IHost Build(params FakeChatChannel[] channels)
    {
        var builder = BotHost.CreateBuilder(
        [
            $"--Storage:Path={Path.Combine(_folder, "servicedesk.db")}", "--Dialogue:BurstPause=0", "--RateLimit:PerMinute=0",
            "--Technicians:0:Name=Théo Tech", "--Technicians:0:Console=theo",
        ]);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddSingleton<ILoggerProvider>(_logs);
        foreach (var channel in channels)
        {
            BotHost.AddChannel(builder.Services, _ => channel, leased: false);
        }

        return builder.Build();
    }
}
