using Microsoft.Extensions.Configuration;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.People;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>
/// Reads the people whose addresses on several channels are one requester: <c>People:N:Name</c> and, as for technicians,
/// <c>People:N:Xmpp</c> (bare JID, compared in lower case), <c>People:N:Slack</c> (member id, kept as written),
/// <c>People:N:Console</c>. Bad configuration stops the bot at start-up with a clear message: an unknown key (a channel
/// the bot does not know), an entry without an address, an address claimed by two people or by a technician.
/// </summary>
internal static class PeopleConfiguration
{
    private static readonly string[] Channels = ["xmpp", "slack", "console"];

    public static PersonDirectory Read(IConfiguration configuration, TechnicianDirectory technicians)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(technicians);
        var people = configuration.GetSection("People").GetChildren().Select(ReadPerson).ToList();
        foreach (var address in people.SelectMany(p => p.Addresses))
        {
            if (technicians.Find(address) is { } technician)
            {
                throw Invalid($"the address {address} is also {technician.Name}'s, a technician's; technicians are not linked as requesters.");
            }
        }

        try
        {
            return new PersonDirectory(people);
        }
        catch (ArgumentException error)
        {
            throw Invalid(error.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static Person ReadPerson(IConfigurationSection section)
    {
        var where = $"People:{section.Key}";
        foreach (var key in section.GetChildren().Select(c => c.Key))
        {
            if (key != "Name" && !Channels.Any(c => string.Equals(c, key, StringComparison.OrdinalIgnoreCase)))
            {
                throw Invalid($"{where}:{key} is not known: a person has a Name and their addresses under Xmpp, Slack or Console.");
            }
        }

        List<ChannelAddress> addresses = [];
        foreach (var channel in Channels)
        {
            var value = section.GetChildren().FirstOrDefault(c => string.Equals(c.Key, channel, StringComparison.OrdinalIgnoreCase))?.Value?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (channel == "xmpp" && (!value.Contains('@', StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal)))
            {
                throw Invalid($"{where}:Xmpp is '{value}': write a bare Jabber address (alice@example.org), without a resource.");
            }

            // JIDs and terminal names compare in lower case, as the channels give them; Slack member ids (U0123ABC) are kept as written.
            addresses.Add(new ChannelAddress(channel, channel == "slack" ? value : value.ToLowerInvariant()));
        }

        return addresses.Count == 0
            ? throw Invalid($"{where} has no address: give at least one of Xmpp, Slack or Console.")
            : new Person(section["Name"] is { Length: > 0 } name ? name.Trim() : null, addresses);
    }

    private static InvalidOperationException Invalid(string reason) => new("People configuration: " + reason);
}
