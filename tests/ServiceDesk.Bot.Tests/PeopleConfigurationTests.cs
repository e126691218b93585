using Microsoft.Extensions.Configuration;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot.Tests;

/// <summary>
/// The configuration contract of people linked across channels: <c>People:N:Name|Xmpp|Slack|Console</c>, normalised as
/// the technicians' addresses are; bad configuration refused at start-up with a clear message.
/// </summary>
public sealed class PeopleConfigurationTests
{
    private static readonly TechnicianDirectory Bruno = new([new Technician("Bruno Martin", SupportLevel.Level1, [], [new ChannelAddress("slack", "U0BRUNO")])]);

    private static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Read_OnePersonOnTwoChannels_OneKeyJabberFirstNormalisedAsTheChannels()
    {
        var people = PeopleConfiguration.Read(Configuration(
            ("People:0:Name", "Alice Martin"), ("People:0:Slack", " U0123ABCD "), ("People:0:Xmpp", "Alice@Example.org")), Bruno);

        var alice = Assert.Single(people.All);
        Assert.Equal(("Alice Martin", "xmpp:alice@example.org"), (alice.Name, alice.Id));
        Assert.Equal("xmpp:alice@example.org", people.RequesterId(new ChannelAddress("slack", "U0123ABCD")));
        Assert.Equal("slack:U0BOB", people.RequesterId(new ChannelAddress("slack", "U0BOB")));
    }

    [Fact]
    public void Read_NoPeople_NoLinks()
    {
        Assert.Empty(PeopleConfiguration.Read(Configuration(), Bruno).All);
    }

    [Theory]
    [InlineData("People:1:Slack", "U0123ABCD", "The address slack:U0123ABCD is claimed by two people (Alice Martin and Bob Roy)")]
    [InlineData("People:1:Jabber", "bob@example.org", "People:1:Jabber is not known")]
    [InlineData("People:1:Xmpp", "bob@example.org/laptop", "write a bare Jabber address")]
    [InlineData("People:1:Slack", "U0BRUNO", "is also Bruno Martin's, a technician's")]
    [InlineData("People:1:Phone", "0612", "People:1:Phone is not known")]
    public void Read_BadConfiguration_RefusedWithAClearMessage(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PeopleConfiguration.Read(Configuration(
            ("People:0:Name", "Alice Martin"), ("People:0:Xmpp", "alice@example.org"), ("People:0:Slack", "U0123ABCD"),
            ("People:1:Name", "Bob Roy"), ("People:1:Console", "bob"), (key, value)), Bruno));

        Assert.StartsWith("People configuration: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PersonWithoutAddress_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PeopleConfiguration.Read(Configuration(("People:0:Name", "Alice Martin")), Bruno));

        Assert.Equal("People configuration: People:0 has no address: give at least one of Xmpp, Slack or Console.", error.Message);
    }

    [Fact]
    public void Build_BadPeople_StopsAtStartUp()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BotHost.Build(
            ["--Console:Enabled=true", "--Dashboard:Urls=", $"--Storage:Path={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "x.db")}",
             "--People:0:Xmpp=alice@example.org", "--People:1:Xmpp=Alice@example.org"],
            TextReader.Null, TextWriter.Null));

        Assert.Contains("claimed by two people", error.Message, StringComparison.Ordinal);
    }
}
