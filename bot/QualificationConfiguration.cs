using Microsoft.Extensions.Configuration;
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

    public static SlaPolicy ReadSla(IConfiguration configuration)
    {
        var section = configuration.GetSection("Sla");
        if (!section.Exists())
        {
            return SlaPolicy.Default;
        }

        var rows = new Dictionary<Priority, SlaTarget>();
        foreach (var priority in Enum.GetValues<Priority>())
        {
            var row = section.GetSection(priority.ToString());
            if (row.Exists())
            {
                rows[priority] = new SlaTarget(row.GetValue<TimeSpan>("Detection"), row.GetValue<TimeSpan>("Resolution"), row.GetValue<TimeSpan>("Maximum"));
            }
        }

        return new SlaPolicy(rows);
    }
}
