using System.Globalization;
using ServiceDesk.Testing.FakeSlack;
using static ServiceDesk.Testing.FakeSlack.FakeSlackPayloads;

// A try of the desk on Slack without a workspace: the tests' fake Slack on loopback, typed at as two people.
//   alice: <text>        Alice (fr-FR) writes to the app in a direct message
//   click <n>            Alice clicks button n of the last question she got
//   bruno: <text>        Bruno (technician) writes in the technicians' channel (in the last ticket's thread with "bruno> ")
//   take                 Bruno clicks Take on the last ticket posted
//   /desk <command>      Bruno types the slash command (its ephemeral answer is printed)
await using var slack = await FakeSlack.StartAsync();
slack.AddUser(new FakeSlackUser("U0ALICE", "Alice Durand", "fr-FR", "Europe/Paris"));
slack.AddUser(new FakeSlackUser("U0BRUNO", "Bruno Martin", "fr-FR", "Europe/Paris"));
Console.WriteLine($"""
    Fake Slack on {slack.BaseUrl}. In another terminal, start the bot against it:

      Slack__BotToken={FakeSlack.BotToken} Slack__AppToken={FakeSlack.AppToken} Slack__ApiUrl={slack.ApiUrl} \
      Slack__TechnicianChannel=C0TECH Technicians__0__Name='Bruno Martin' Technicians__0__Slack=U0BRUNO \
      Storage__Path=/tmp/servicedesk-try.db dotnet run --project bot

    Then type here: "alice: Outlook refuse mon mot de passe", "click 1", "take", "bruno> bonjour", "/desk queue", Ctrl-D to quit.
    """);

var shown = 0;
var responses = 0;
using var printing = new CancellationTokenSource();
var printer = Task.Run(async () =>
{
    while (!printing.IsCancellationRequested)
    {
        foreach (var m in slack.Messages.Skip(shown))
        {
            var buttons = m.ButtonLabels.Count > 0 ? "  [" + string.Join("] [", m.ButtonLabels) + "]" : "";
            Console.WriteLine($"{(m.Channel.StartsWith('D') ? "DM " + m.Channel : "#" + m.Channel)}{(m.ThreadTs is null ? "" : " (thread)")}: {m.Text}{buttons}");
            shown++;
        }

        foreach (var (_, body) in slack.ResponseUrlPosts.Skip(responses))
        {
            Console.WriteLine($"(only you) {(string?)body["text"]}");
            responses++;
        }

        await Task.Delay(200);
    }
});

var commands = 0;
while (Console.ReadLine() is { } line)
{
    if (slack.OpenSockets.Count == 0)
    {
        Console.WriteLine("The bot is not connected yet.");
        continue;
    }

    var ticket = slack.Messages.LastOrDefault(m => m.Channel == "C0TECH" && m.ThreadTs is null && m.ButtonLabels.Count > 0);
    if (line.StartsWith("alice:", StringComparison.Ordinal))
    {
        await slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent("U0ALICE", "D0ALICE", line[6..].Trim())));
    }
    else if (line.StartsWith("click ", StringComparison.Ordinal) && slack.Messages.LastOrDefault(m => m.Channel == "D0ALICE" && m.ButtonLabels.Count > 0) is { } question)
    {
        var n = line[6..].Trim();
        await slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions("U0ALICE", "D0ALICE", question.Ts, "choice_" + n, n)));
    }
    else if (line == "take" && ticket is not null)
    {
        var number = ((string?)ticket.Blocks?[1]?["elements"]?[0]?["value"]) ?? "1";
        await slack.SendEnvelopeAsync(InteractiveEnvelope(BlockActions("U0BRUNO", "C0TECH", ticket.Ts, "take_ticket", number)));
    }
    else if (line.StartsWith("bruno:", StringComparison.Ordinal) || line.StartsWith("bruno>", StringComparison.Ordinal))
    {
        var thread = line[5] == '>' ? ticket?.Ts : null;
        await slack.SendEnvelopeAsync(EventsApiEnvelope(MessageEvent("U0BRUNO", "C0TECH", line[6..].Trim(), "channel", threadTs: thread)));
    }
    else if (line.StartsWith("/desk", StringComparison.Ordinal))
    {
        var id = "try-" + (++commands).ToString(CultureInfo.InvariantCulture);
        await slack.SendEnvelopeAsync(SlashCommandsEnvelope(SlashCommand("U0BRUNO", "C0TECH", "/desk", line[5..].Trim(), slack.ResponseUrl(id).ToString())));
    }
    else
    {
        Console.WriteLine("?  alice: text | click N | take | bruno: text | bruno> text (in the ticket's thread) | /desk command");
    }
}

await printing.CancelAsync();
await printer;
