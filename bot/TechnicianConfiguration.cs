using Microsoft.Extensions.Configuration;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.FollowUp;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Bot;

/// <summary>
/// Reads the technicians (<c>Technicians:N:Name</c>, <c>:Level</c>, <c>:Groups</c>, <c>:Language</c> (fr|en), <c>:Xmpp</c>, <c>:Console</c> for the terminal chat, later <c>:Slack</c>)
/// and the desk's options (<c>Desk:Level1TimeLimit</c>, the room from <c>Xmpp:TechnicianRoom</c>).
/// </summary>
internal static class TechnicianConfiguration
{
    private static readonly string[] Channels = ["xmpp", "slack", "console"];

    public static TechnicianDirectory ReadDirectory(IConfiguration configuration) =>
        new(configuration.GetSection("Technicians").GetChildren().Select(Read).OfType<Technician>());

    public static TechnicianDeskOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection("Desk").Get<TechnicianDeskOptions>() ?? new TechnicianDeskOptions();
        options.TimeZone = configuration["Dialogue:TimeZone"] is { Length: > 0 } zone ? zone : options.TimeZone;
        options.FollowUp = ReadFollowUp(configuration.GetSection("FollowUp"));
        // Every technicians' room the desk posts to: the Jabber room and the Slack channel (its id kept as written).
        options.Rooms =
        [
            .. configuration["Xmpp:TechnicianRoom"] is { Length: > 0 } room ? [new ChannelAddress("xmpp", room.Trim().ToLowerInvariant()) { IsRoom = true }] : Array.Empty<ChannelAddress>(),
            .. configuration["Slack:TechnicianChannel"] is { Length: > 0 } channel && !string.IsNullOrWhiteSpace(configuration["Slack:BotToken"])
                ? [new ChannelAddress("slack", channel.Trim()) { IsRoom = true }]
                : Array.Empty<ChannelAddress>(),
        ];
        return options;
    }

    /// <summary>Section <c>FollowUp</c>; missing keys keep the defaults (reminders after 1 and 3 opening days…).</summary>
    public static FollowUpOptions ReadFollowUp(IConfigurationSection section)
    {
        var defaults = new FollowUpOptions();
        var reminders = section.GetSection("RemindAfterDays").GetChildren().Select(c => int.Parse(c.Value ?? "", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new FollowUpOptions
        {
            RemindAfterDays = reminders.Count > 0 ? [.. reminders.Order()] : defaults.RemindAfterDays,
            AutoResolveAfterDays = section.GetValue("AutoResolveAfterDays", defaults.AutoResolveAfterDays),
            AutoCloseAfterDays = section.GetValue("AutoCloseAfterDays", defaults.AutoCloseAfterDays),
            ReopenWithinDays = section.GetValue("ReopenWithinDays", defaults.ReopenWithinDays),
        };
    }

    private static Technician? Read(IConfigurationSection section)
    {
        var addresses = Channels
            .Where(c => !string.IsNullOrWhiteSpace(section[Capitalised(c)]))
            // JIDs and terminal names compare in lower case; Slack user ids (U0123ABC) are kept as written.
            .Select(c => new ChannelAddress(c, c == "slack" ? section[Capitalised(c)]!.Trim() : section[Capitalised(c)]!.Trim().ToLowerInvariant()))
            .ToList();
        if (addresses.Count == 0)
        {
            return null;
        }

        var level = section.GetValue<int?>("Level") is >= 1 and <= 3 and var l ? (SupportLevel)l : SupportLevel.Level1;
        var groups = section.GetSection("Groups").Get<string[]>() ?? [];
        var language = section["Language"]?.Trim().ToLowerInvariant() switch { "fr" => "fr", "en" => "en", _ => null };
        return new Technician(section["Name"] is { Length: > 0 } name ? name : addresses[0].Value, level, groups, addresses) { Language = language };
    }

    private static string Capitalised(string channel) => char.ToUpperInvariant(channel[0]) + channel[1..];
}
