using Microsoft.Extensions.Configuration;
using ServiceDesk.Core.Calendar;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Bot;

/// <summary>Reads the priority matrix and the SLA table from configuration; seed 002's tables when absent.</summary>
internal static class QualificationConfiguration
{
    public static PriorityMatrix ReadMatrix(IConfiguration configuration)
    {
        var section = configuration.GetSection("PriorityMatrix");
        if (!section.Exists())
        {
            return PriorityMatrix.Default;
        }

        var cells = new Dictionary<(Urgency, Impact), Priority>();
        foreach (var urgency in Enum.GetValues<Urgency>())
        {
            foreach (var impact in Enum.GetValues<Impact>())
            {
                var value = section[$"{urgency}:{impact}"];
                if (Enum.TryParse<Priority>(value, ignoreCase: true, out var priority))
                {
                    cells[(urgency, impact)] = priority;
                }
            }
        }

        return new PriorityMatrix(cells);
    }

    /// <summary>
    /// The desk's calendar (section <c>Calendar</c>); its time zone falls back on <c>Dialogue:TimeZone</c>, and the
    /// default is seed 004's desk (Monday to Friday, 12:00–19:00, Europe/Paris, French public holidays).
    /// </summary>
    public static BusinessCalendar ReadCalendar(IConfiguration configuration)
    {
        var section = configuration.GetSection("Calendar");
        var options = section.Get<CalendarOptions>() ?? new CalendarOptions();
        if (string.IsNullOrWhiteSpace(section["TimeZone"]) && configuration["Dialogue:TimeZone"] is { Length: > 0 } zone)
        {
            options.TimeZone = zone;
        }

        return options.Build();
    }

    public static SlaPolicy ReadSla(IConfiguration configuration)
    {
        var calendar = ReadCalendar(configuration);
        var section = configuration.GetSection("Sla");
        if (!section.Exists())
        {
            return SlaPolicy.Default.On(calendar);
        }

        var rows = new Dictionary<Priority, SlaTarget>();
        foreach (var priority in Enum.GetValues<Priority>())
        {
            var row = section.GetSection(priority.ToString());
            if (row.Exists())
            {
                var (detectionRate, resolutionRate) = SlaPolicy.SeedRates(priority);
                rows[priority] = new SlaTarget(row.GetValue<TimeSpan>("Detection"), row.GetValue<TimeSpan>("Resolution"), row.GetValue<TimeSpan>("Maximum"))
                {
                    DetectionRate = row.GetValue("DetectionRate", detectionRate),
                    ResolutionRate = row.GetValue("ResolutionRate", resolutionRate),
                };
            }
        }

        return new SlaPolicy(rows, calendar);
    }
}
