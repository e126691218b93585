using System.Xml.Linq;
using ServiceDesk.Adapters.Xmpp.Discovery;
using ServiceDesk.Adapters.Xmpp.Tests.Support;
using ServiceDesk.Core.Channels;
using Xunit.Abstractions;

namespace ServiceDesk.Adapters.Xmpp.Tests;

/// <summary>
/// What a person's Jabber client sees of the bot, from an independent client on a real Prosody: presence and
/// subscription, capabilities and disco#info, software version, delivery receipts, chat states, corrections, avatar.
/// </summary>
public sealed class XmppClientViewTests(ProsodyFixture prosody, ITestOutputHelper output) : IClassFixture<ProsodyFixture>
{
    private const string Receipts = "urn:xmpp:receipts";
    private const string ChatStates = "http://jabber.org/protocol/chatstates";
    private static readonly XNamespace Disco = "http://jabber.org/protocol/disco#info";

    [Fact]
    public async Task Presence_PersonSubscribes_SeesTheBotAvailableWithStatusCapsAndPhotoHashAndIsAskedBack()
    {
        await using var pair = await ConnectPairAsync();

        await pair.User.SendAsync($"<presence type='subscribe' to='{pair.BotBare}'/>");
        await pair.User.ExpectAsync(e => IsPresence(e, pair.BotBare, "subscribed"));
        await pair.User.ExpectAsync(e => IsPresence(e, pair.BotBare, "subscribe"));
        var available = await pair.User.ExpectAsync(e => IsPresence(e, pair.BotBare, null));

        Assert.Equal(XmppOptions.DefaultStatusText, available.Element(XName.Get("status", "jabber:client"))?.Value);
        var caps = available.Element(XName.Get("c", "http://jabber.org/protocol/caps"))!;
        Assert.Equal(("sha-1", BotIdentity.CapsNode, BotIdentity.Default.CapsVer), ((string?)caps.Attribute("hash"), (string?)caps.Attribute("node"), (string?)caps.Attribute("ver")));
        var photo = available.Element(XName.Get("x", "vcard-temp:x:update"))?.Element(XName.Get("photo", "vcard-temp:x:update"))?.Value;
        Assert.Equal(AvatarId(), photo);
    }

    [Fact]
    public async Task FirstMessage_FromSomeoneWhoNeverAddedTheBot_BotAsksToSubscribeOnce()
    {
        await using var pair = await ConnectPairAsync();

        await pair.User.SendChatAsync(pair.BotBare, "Bonjour");
        await pair.User.SendChatAsync(pair.BotBare, "Outlook ne marche plus");
        await pair.Bot.NextMessageAsync();
        await pair.Bot.NextMessageAsync();
        await pair.User.ExpectAsync(e => IsPresence(e, pair.BotBare, "subscribe"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pair.User.ExpectAsync(e => IsPresence(e, pair.BotBare, "subscribe"), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task DiscoInfo_AtTheCapsNode_AnswersClientBotWithTheFeaturesWhoseHashIsTheAnnouncedVer()
    {
        await using var pair = await ConnectPairAsync();
        var node = $"{BotIdentity.CapsNode}#{BotIdentity.Default.CapsVer}";

        await pair.User.SendAsync($"<iq type='get' id='disco-1' to='{pair.BotJid}'><query xmlns='{Disco.NamespaceName}' node='{node}'/></iq>");
        var reply = await pair.User.ExpectAsync(e => (string?)e.Attribute("id") == "disco-1");

        Assert.Equal("result", (string?)reply.Attribute("type"));
        var query = reply.Element(Disco + "query")!;
        Assert.Equal(node, (string?)query.Attribute("node"));
        var identity = Assert.Single(query.Elements(Disco + "identity"));
        Assert.Equal(("client", "bot"), ((string?)identity.Attribute("category"), (string?)identity.Attribute("type")));
        var features = query.Elements(Disco + "feature").Select(f => (string)f.Attribute("var")!).ToList();
        Assert.Superset(
            new HashSet<string> { Disco.NamespaceName, Receipts, ChatStates, "urn:xmpp:ping", "jabber:iq:version", "http://jabber.org/protocol/caps", "urn:xmpp:message-correct:0" },
            features.ToHashSet());

        // The client checks the ver against what it was told (XEP-0115 §5.4), computed here from the reply alone.
        var told = EntityCapabilities.Hash([new DiscoIdentity((string)identity.Attribute("category")!, (string)identity.Attribute("type")!, (string)identity.Attribute("name")!)], features);
        Assert.Equal(BotIdentity.Default.CapsVer, told);
    }

    [Fact]
    public async Task SoftwareVersion_Asked_AnswersNameAndVersion()
    {
        await using var pair = await ConnectPairAsync();

        await pair.User.SendAsync($"<iq type='get' id='v-1' to='{pair.BotJid}'><query xmlns='jabber:iq:version'/></iq>");
        var reply = await pair.User.ExpectAsync(e => (string?)e.Attribute("id") == "v-1");

        XNamespace version = "jabber:iq:version";
        Assert.Equal("result", (string?)reply.Attribute("type"));
        Assert.Equal("ServiceDesk", reply.Element(version + "query")?.Element(version + "name")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(reply.Element(version + "query")?.Element(version + "version")?.Value));
    }

    [Fact]
    public async Task Receipt_Requested_ComesWithTheMessagesIdOnlyOnceTheDeskKeptIt()
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var online = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var channel = new XmppChatChannel(
            BotOptions.For(prosody.Server, botUser), TimeProvider.System, new CollectingLoggerFactory(output.WriteLine), TestTimings.Fast, _ => online.TrySetResult());
        using var stop = new CancellationTokenSource();
        var reader = channel.ReadAllAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        try
        {
            // Read the way the desk does: the next message is asked for only once this one is kept.
            var first = reader.MoveNextAsync().AsTask();
            await online.Task.WaitAsync(TestTimings.Wait);
            await using var user = await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password);

            await user.SendAsync($"<message type='chat' to='{prosody.Server.Jid(botUser)}' id='r-42'><body>L'imprimante ne marche plus</body><request xmlns='{Receipts}'/></message>");
            Assert.True(await first.WaitAsync(TestTimings.Wait));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => user.ExpectAsync(IsReceipt, TimeSpan.FromSeconds(1)));
            await channel.MarkKeptAsync(reader.Current, CancellationToken.None);
            var receipt = await user.ExpectAsync(IsReceipt);

            Assert.Equal("r-42", (string?)receipt.Element(XName.Get("received", Receipts))!.Attribute("id"));
            Assert.Equal(user.Jid, (string?)receipt.Attribute("to"));
        }
        finally
        {
            await stop.CancelAsync();
            await reader.DisposeAsync();
        }
    }

    [Fact]
    public async Task ChatStates_PersonUsesThem_SeesComposingThenTheAnswerWithActive()
    {
        await using var pair = await ConnectPairAsync();
        var person = new ChannelAddress("xmpp", pair.UserBare);

        await pair.User.SendAsync($"<message type='chat' to='{pair.BotBare}' id='c-1'><body>Outlook plante</body><active xmlns='{ChatStates}'/></message>");
        await pair.Bot.NextMessageAsync();
        await pair.Bot.Channel.ShowWorkingAsync(person, CancellationToken.None);
        var composing = await pair.User.ExpectAsync(e => HasChatState(e, "composing"));
        await pair.Bot.SendAsync(person, "Depuis quand ?");
        var answer = await pair.User.ExpectAsync(e => RawXmppClient.Body(e) is not null);

        Assert.Null(RawXmppClient.Body(composing));
        Assert.Equal("Depuis quand ?", RawXmppClient.Body(answer));
        Assert.NotNull(answer.Element(XName.Get("active", ChatStates)));
    }

    [Fact]
    public async Task ChatStates_TurnEndsWithoutAnAnswer_ActiveIsSentAndNothingHangs()
    {
        await using var pair = await ConnectPairAsync(TestTimings.Fast with { ComposingTimeout = TimeSpan.FromSeconds(1) });
        var person = new ChannelAddress("xmpp", pair.UserBare);
        await pair.User.SendAsync($"<message type='chat' to='{pair.BotBare}' id='c-2'><body>Bonjour</body><active xmlns='{ChatStates}'/></message>");
        await pair.Bot.NextMessageAsync();

        await pair.Bot.Channel.ShowWorkingAsync(person, CancellationToken.None);
        await pair.User.ExpectAsync(e => HasChatState(e, "composing"));
        await pair.Bot.Channel.ShowIdleAsync(person, CancellationToken.None);
        await pair.User.ExpectAsync(e => HasChatState(e, "active") && RawXmppClient.Body(e) is null);

        // A turn that never ends (a failure): the fallback says active by itself.
        await pair.Bot.Channel.ShowWorkingAsync(person, CancellationToken.None);
        await pair.User.ExpectAsync(e => HasChatState(e, "composing"));
        await pair.User.ExpectAsync(e => HasChatState(e, "active") && RawXmppClient.Body(e) is null, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ChatStates_PersonDoesNotUseThem_GetsNone()
    {
        await using var pair = await ConnectPairAsync();
        var person = new ChannelAddress("xmpp", pair.UserBare);
        await pair.User.SendChatAsync(pair.BotBare, "Bonjour");
        await pair.Bot.NextMessageAsync();

        await pair.Bot.Channel.ShowWorkingAsync(person, CancellationToken.None);
        await pair.Bot.SendAsync(person, "Que puis-je faire pour vous ?");
        var answer = await pair.User.ExpectAsync(e => RawXmppClient.Body(e) is not null);

        Assert.DoesNotContain(answer.Elements(), e => e.Name.NamespaceName == ChatStates);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pair.User.ExpectAsync(e => HasChatState(e, "composing"), TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task ChatStates_BotStopsWhileComposing_PersonIsToldActive()
    {
        var pair = await ConnectPairAsync();
        await using (pair.User)
        {
            var person = new ChannelAddress("xmpp", pair.UserBare);
            await pair.User.SendAsync($"<message type='chat' to='{pair.BotBare}' id='c-3'><body>Outlook</body><active xmlns='{ChatStates}'/></message>");
            await pair.Bot.NextMessageAsync();
            await pair.Bot.Channel.ShowWorkingAsync(person, CancellationToken.None);
            await pair.User.ExpectAsync(e => HasChatState(e, "composing"));

            await pair.Bot.DisposeAsync();

            await pair.User.ExpectAsync(e => HasChatState(e, "active"));
        }
    }

    [Fact]
    public async Task Correction_LastMessageCorrection_IsReadAsCorrectingThatMessage()
    {
        await using var pair = await ConnectPairAsync();

        await pair.User.SendAsync($"<message type='chat' to='{pair.BotBare}' id='fix-1'><body>Outlok plante</body></message>");
        await pair.User.SendAsync($"<message type='chat' to='{pair.BotBare}' id='fix-2'><body>Outlook plante</body><replace xmlns='urn:xmpp:message-correct:0' id='fix-1'/></message>");
        var original = await pair.Bot.NextMessageAsync();
        var correction = await pair.Bot.NextMessageAsync();

        Assert.Null(original.Corrects);
        Assert.Equal(("Outlook plante", "fix-2", "fix-1"), (correction.Text, correction.MessageId, correction.Corrects));
    }

    [Fact]
    public async Task Avatar_AfterLogin_IsInTheBotsVCardAndItsPepMetadata()
    {
        await using var pair = await ConnectPairAsync();
        await pair.User.SendAsync($"<presence type='subscribe' to='{pair.BotBare}'/>");
        await pair.User.ExpectAsync(e => IsPresence(e, pair.BotBare, null));

        await pair.User.SendAsync($"<iq type='get' id='vc-1' to='{pair.BotBare}'><vCard xmlns='vcard-temp'/></iq>");
        var vcard = await pair.User.ExpectAsync(e => (string?)e.Attribute("id") == "vc-1");
        await pair.User.SendAsync(
            $"<iq type='get' id='pep-1' to='{pair.BotBare}'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='urn:xmpp:avatar:metadata'/></pubsub></iq>");
        var metadata = await pair.User.ExpectAsync(e => (string?)e.Attribute("id") == "pep-1");

        XNamespace v = "vcard-temp";
        var binval = vcard.Descendants(v + "BINVAL").Single().Value;
        Assert.Equal(await File.ReadAllBytesAsync(AvatarPath()), Convert.FromBase64String(binval));
        XNamespace m = "urn:xmpp:avatar:metadata";
        var info = metadata.Descendants(m + "info").Single();
        Assert.Equal((AvatarId(), "image/png"), ((string?)info.Attribute("id"), (string?)info.Attribute("type")));
    }

    private static string AvatarPath() => Path.Combine(AppContext.BaseDirectory, "avatar.png");

    private static string AvatarId() => Avatar.BotAvatar.FromPng(File.ReadAllBytes(AvatarPath()))!.Id;

    private static bool IsReceipt(XElement e) => e.Name.LocalName == "message" && e.Element(XName.Get("received", Receipts)) is not null;

    private static bool HasChatState(XElement e, string state) => e.Name.LocalName == "message" && e.Element(XName.Get(state, ChatStates)) is not null;

    private static bool IsPresence(XElement element, string from, string? type) =>
        element.Name.LocalName == "presence" && RawXmppClient.Bare(element) == from && (string?)element.Attribute("type") == type;

    private async Task<BotAndUser> ConnectPairAsync(XmppTimings? timings = null)
    {
        var (botUser, alice) = (await prosody.NewAccountAsync("bot"), await prosody.NewAccountAsync("alice"));
        var bot = new BotUnderTest(BotOptions.For(prosody.Server, botUser), output, timings: timings);
        var session = await bot.NextSessionAsync();
        var user = await RawXmppClient.ConnectAsync(prosody.Server, alice, ProsodyFixture.Password);
        return new BotAndUser(bot, user, prosody.Server.Jid(botUser), session.Jid, prosody.Server.Jid(alice));
    }

    private sealed record BotAndUser(BotUnderTest Bot, RawXmppClient User, string BotBare, string BotJid, string UserBare) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await User.DisposeAsync();
            await Bot.DisposeAsync();
        }
    }
}
