using System.Text;
using ServiceDesk.Bot.Tests.Support;
using ServiceDesk.Testing;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// What arrives on the bot's XMPP stream cannot be trusted: a relay between the bot and Prosody
/// puts a DTD or broken XML in front of the server's bytes. The bot must drop that connection,
/// log it, reconnect and answer as before — never crash, never lose the user's message.
/// </summary>
public sealed class HostileServerStreamTests : IAsyncLifetime
{
    private ProsodyDesk _desk = null!;
    private TcpRelay _relay = null!;

    public static TheoryData<string> HostileStarts =>
    [
        "<?xml version='1.0'?><!DOCTYPE stream [<!ENTITY boom 'x'>]>",
        "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'><!ENTITY lol2 '&lol;&lol;&lol;&lol;'>]><stream:stream>&lol2;",
        "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'><message><body>\u0001</bod></message>",
        "\u00ff\u00fe<<<not xml at all>>>",
    ];

    public async Task InitializeAsync()
    {
        _desk = await ProsodyDesk.StartServerAsync(["alice"]);
        _relay = TcpRelay.Start(_desk.Server.Host, _desk.Server.Port);
        await _desk.StartBotAsync(_relay.Port);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await _desk.DisposeAsync();
        }
        finally
        {
            await _relay.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(HostileStarts))]
    public async Task Bot_HostileBytesOnItsStream_ReconnectsAndAnswers(string hostile)
    {
        await using var alice = _desk.Person("alice");
        await alice.SayAsync("statut");
        await alice.ExpectAsync("aucune demande");

        _relay.CorruptNextConnection(Encoding.UTF8.GetBytes(hostile));
        _relay.DropConnections();
        await alice.SayAsync("où en est ma demande ?");

        await alice.ExpectAsync(TimeSpan.FromSeconds(30), "aucune demande");
        Assert.True(_relay.CorruptionDelivered, "The bot never reconnected through the corrupted link.");
    }
}
