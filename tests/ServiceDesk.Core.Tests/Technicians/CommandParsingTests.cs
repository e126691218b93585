using ServiceDesk.Core.Technicians.Commands;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>Every command's arguments and errors, as a technician types them: a one-line answer each time.</summary>
public sealed class CommandParsingTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    public CommandParsingTests() => _desk.Open(Alice);

    public static TheoryData<string, string> MissingOrMalformed => new()
    {
        { "/take", "take" },
        { "/take abc", "take" },
        { "/show", "show" },
        { "/say 1", "say" },
        { "/say bonjour", "say" },
        { "/note 1", "note" },
        { "/transfer 1", "transfer" },
        { "/transfer 1 réseau", "transfer" },
        { "/transfer", "transfer" },
        { "/escalate 1", "escalate" },
        { "/escalate", "escalate" },
        { "/wait", "wait" },
        { "/resolve 1", "resolve" },
        { "/resolve 1 definitive", "resolve" },
        { "/resolve 1 peut-être ça marche", "resolve" },
        { "/close", "close" },
        { "/reopen", "reopen" },
        { "/release", "release" },
        { "/assign 1", "assign" },
        { "/assign", "assign" },
        { "/new", "new" },
        { "/new alice@localhost", "new" },
        { "/report 1", "report" },
        { "/report 1 remplacé le toner", "report" },
        { "/report 1 remplacé le toner | | rien", "report" },
        { "/report 1 25:00-26:00 a | b | c", "report" },
        { "/queue everything", "queue" },
        { "/queue mine late", "queue" },
    };

    [Theory]
    [MemberData(nameof(MissingOrMalformed))]
    public async Task Command_MissingOrMalformedArgument_AnswersItsOneLineUsage(string text, string command)
    {
        var usage = new CommandRegistry(CommandRegistry.Standard()).Find(command)!.Usage;

        await _desk.SayAsync(Bruno, text);

        var answer = Assert.Single(_desk.Last);
        Assert.Equal(Bruno, answer.To);
        Assert.Equal("Usage : " + usage, answer.Text);
        Assert.DoesNotContain('\n', answer.Text);
    }

    [Theory]
    [InlineData("/take 99")]
    [InlineData("/take #99")]
    [InlineData("/show 99")]
    [InlineData("/say 99 bonjour")]
    [InlineData("/note 99 vu avec le fournisseur")]
    [InlineData("/transfer 99 réseau switch HS")]
    [InlineData("/escalate 99 plus le temps")]
    [InlineData("/wait 99")]
    [InlineData("/resolve 99 definitive toner remplacé")]
    [InlineData("/close 99")]
    [InlineData("/reopen 99")]
    [InlineData("/release 99")]
    [InlineData("/assign 99 Chloé")]
    [InlineData("/report 99 fait | aucune | rien")]
    public async Task Command_UnknownTicket_SaysSoInOneLine(string text)
    {
        await _desk.SayAsync(Bruno, text);

        Assert.Equal("Aucun ticket #99.", Assert.Single(_desk.Last).Text);
        Assert.Empty(_desk.To(Alice));
    }

    [Fact]
    public async Task Command_Unknown_PointsToHelp()
    {
        await _desk.SayAsync(Bruno, "/frobnicate 1");

        Assert.Equal("Commande inconnue : /frobnicate. /help pour la liste des commandes.", Assert.Single(_desk.Last).Text);
    }

    [Fact]
    public async Task Help_ListsEveryCommandWithItsUsage()
    {
        await _desk.SayAsync(Bruno, "/help");

        var help = _desk.To(Bruno);
        foreach (var command in CommandRegistry.Standard())
        {
            Assert.Contains(command.Usage, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Registry_TwoCommandsWithOneName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CommandRegistry([new HelpCommand(), new HelpCommand()]));
    }

    [Fact]
    public async Task Registry_AnotherCommandRegistered_RunsWithoutTouchingTheParser()
    {
        var registry = new CommandRegistry([.. CommandRegistry.Standard(), new EchoCommand()]);
        var services = _desk.Services with { Registry = registry };
        var replies = new ServiceDesk.Core.Technicians.DeskReplies();

        new ServiceDesk.Core.Technicians.TechnicianDesk(services).Run(
            _desk.Directory.Find(Bruno)!, Bruno, CommandLine.Parse("/kb imprimante bourrage")!, _desk.Clock.GetUtcNow(), replies);

        Assert.Equal("kb: imprimante bourrage", Assert.Single(replies.Messages).Text);
    }

    public void Dispose() => _desk.Dispose();

    private sealed class EchoCommand : ITechnicianCommand
    {
        public string Name => "kb";

        public string Usage => "/kb mots";

        public string Summary => "test";

        public void Run(CommandContext context, CommandArguments arguments) => context.Reply("kb: " + arguments.RequiredRest());
    }
}
