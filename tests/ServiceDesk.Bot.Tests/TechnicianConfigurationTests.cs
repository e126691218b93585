using Microsoft.Extensions.Configuration;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot.Tests;

/// <summary>The configuration contract: <c>Technicians:N:Name|Level|Groups|Xmpp</c>, <c>Xmpp:TechnicianRoom</c>, <c>Desk:*</c>.</summary>
public sealed class TechnicianConfigurationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void ReadDirectory_TwoTechnicians_NamesLevelsGroupsAndAddresses()
    {
        var directory = TechnicianConfiguration.ReadDirectory(Configuration(
            ("Technicians:0:Name", "Bruno Martin"), ("Technicians:0:Level", "1"), ("Technicians:0:Xmpp", "Bruno@Example.org"),
            ("Technicians:0:Groups:0", "bureautique"), ("Technicians:0:Groups:1", "poste de travail"),
            ("Technicians:1:Name", "Denis Roy"), ("Technicians:1:Level", "2"), ("Technicians:1:Xmpp", "denis@example.org")));

        var bruno = directory.Find(new ChannelAddress("xmpp", "bruno@example.org"));
        Assert.NotNull(bruno);
        Assert.Equal(("Bruno Martin", SupportLevel.Level1, "xmpp:bruno@example.org"), (bruno.Name, bruno.Level, bruno.Id));
        Assert.Equal(["bureautique", "poste de travail"], bruno.Groups);
        Assert.Equal(SupportLevel.Level2, directory.Named("denis")!.Level);
    }

    [Fact]
    public void ReadDirectory_NoAddressOrBadLevel_SkippedOrLevel1()
    {
        var directory = TechnicianConfiguration.ReadDirectory(Configuration(
            ("Technicians:0:Name", "Sans adresse"),
            ("Technicians:1:Name", "Zoé"), ("Technicians:1:Level", "7"), ("Technicians:1:Xmpp", "zoe@example.org")));

        Assert.Equal(SupportLevel.Level1, Assert.Single(directory.All).Level);
    }

    [Fact]
    public void ReadOptions_RoomAndTimeLimit_Read()
    {
        var options = TechnicianConfiguration.ReadOptions(Configuration(
            ("Xmpp:TechnicianRoom", "Support@Conference.example.org"), ("Desk:Level1TimeLimit", "00:15:00")));

        Assert.Equal(new ChannelAddress("xmpp", "support@conference.example.org") { IsRoom = true }, Assert.Single(options.Rooms));
        Assert.Equal(TimeSpan.FromMinutes(15), options.Level1TimeLimit);
    }

    [Fact]
    public void ReadOptions_Nothing_TenMinutesAndNoRoom()
    {
        var options = TechnicianConfiguration.ReadOptions(Configuration());

        Assert.Empty(options.Rooms);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Level1TimeLimit);
    }
}
