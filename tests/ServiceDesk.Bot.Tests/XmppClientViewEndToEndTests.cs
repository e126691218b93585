using System.Xml.Linq;
using ServiceDesk.Adapters.LiteDb;
using ServiceDesk.Adapters.Xmpp.Tests.Support;
using ServiceDesk.Bot.Tests.Support;
using Xunit.Abstractions;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The whole bot as a person's Jabber client sees it (Conversations, Gajim: receipts asked, chat states, message
/// corrections), from an independent client speaking raw stanzas to the real host over a real Prosody.
/// </summary>
public sealed class XmppClientViewEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Receipts = "urn:xmpp:receipts";
    private const string ChatStates = "http://jabber.org/protocol/chatstates";
    private ProsodyDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProsodyDesk.StartAsync(["alice"]);

    public async Task DisposeAsync() => await _desk.DisposeAsync();

    [Fact]
    public async Task FirstMessage_WithReceiptAndChatStates_ReceiptThenComposingThenTheStyledAnswerWithActive()
    {
        await using var alice = await RawXmppClient.ConnectAsync(_desk.Server, "alice", ProsodyDesk.Password);
        var bot = _desk.Jid("servicedesk");

        await alice.SendAsync(Chat(bot, "a1", "Bonjour, depuis lundi Outlook affiche « Mot de passe incorrect » à chaque fois, rien n'a changé, je suis sur PC-0423"));
        var seen = await UntilBodyAsync(alice, "Qui est touché");

        var receipt = seen.FindIndex(e => (string?)e.Element(XName.Get("received", Receipts))?.Attribute("id") == "a1");
        var composing = seen.FindIndex(e => e.Element(XName.Get("composing", ChatStates)) is not null);
        var answer = seen[^1];
        output.WriteLine(string.Join("\n", seen.Select(e => e.ToString())));
        Assert.True(receipt >= 0, "no receipt for a1");
        Assert.True(composing >= 0 && composing < seen.Count - 1, "no composing before the answer");
        Assert.NotNull(answer.Element(XName.Get("active", ChatStates)));
        Assert.Contains("1. Juste moi", RawXmppClient.Body(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_AfterTheTicket_IsAppliedToTheTicketsFactsNotANewRequest()
    {
        await using var alice = await RawXmppClient.ConnectAsync(_desk.Server, "alice", ProsodyDesk.Password);
        var bot = _desk.Jid("servicedesk");

        await alice.SendAsync(Chat(bot, "t1", "Bonjour, depuis lundi Excel affiche « Fichier verouillé » à chaque fois, rien n'a changé, je suis sur PC-0423"));
        await UntilBodyAsync(alice, "Qui est touché");
        await alice.SendAsync(Chat(bot, "t2", "1"));
        await UntilBodyAsync(alice, "où en êtes-vous");
        await alice.SendAsync(Chat(bot, "t3", "bloquée"));
        await UntilBodyAsync(alice, "C'est bien ça ?");
        await alice.SendAsync(Chat(bot, "t4", "oui"));
        var next = RawXmppClient.Body((await UntilBodyAsync(alice, "?", "*#1*"))[^1])!;
        if (!next.Contains("*#1*", StringComparison.Ordinal))
        {
            await alice.SendAsync(Chat(bot, "t5", "non"));
            await UntilBodyAsync(alice, "*#1*");
        }

        await alice.SendAsync(Chat(bot, "t6", "Bonjour, depuis lundi Excel affiche « Fichier verrouillé » à chaque fois, rien n'a changé, je suis sur PC-0423", corrects: "t1"));
        await UntilBodyAsync(alice, "j'ai corrigé la demande *#1*");

        using var database = new ServiceDeskDatabase(_desk.Bot.StoragePath);
        var ticket = Assert.Single(new TicketStore(database).All());
        Assert.Equal("Fichier verrouillé", ticket.Facts.ErrorMessage);
        Assert.Contains(ticket.Journal, j => j.Text.StartsWith("(correction) ", StringComparison.Ordinal));
    }

    private static string Chat(string to, string id, string body, string? corrects = null) =>
        $"<message type='chat' to='{to}' id='{id}'><body>{System.Security.SecurityElement.Escape(body)}</body>" +
        $"<request xmlns='{Receipts}'/><active xmlns='{ChatStates}'/>" +
        (corrects is null ? "" : $"<replace xmlns='urn:xmpp:message-correct:0' id='{corrects}'/>") + "</message>";

    /// <summary>Everything received up to the first message whose body has one of <paramref name="fragments"/>.</summary>
    private static async Task<List<XElement>> UntilBodyAsync(RawXmppClient client, params string[] fragments)
    {
        List<XElement> seen = [];
        while (true)
        {
            var element = await client.ExpectAsync(_ => true, TimeSpan.FromSeconds(30));
            seen.Add(element);
            if (RawXmppClient.Body(element) is { } body && fragments.Any(f => body.Contains(f, StringComparison.Ordinal)))
            {
                return seen;
            }
        }
    }
}
