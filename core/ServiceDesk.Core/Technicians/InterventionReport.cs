namespace ServiceDesk.Core.Technicians;

/// <summary>
/// What one intervention did (seed 002 §6.5.2): the parts supplied or exchanged, the time spent, the start and end
/// times, what was done, what comes next, and the technician's and user's acknowledgement. Seed 002 §6.2: the
/// person who does the intervention writes the report.
/// </summary>
/// <param name="Number">The intervention's number within the ticket (1, 2…).</param>
/// <param name="Technician">The technician's identity.</param>
/// <param name="TechnicianName">Their name, as signed.</param>
/// <param name="Start">When the intervention started.</param>
/// <param name="End">When it ended.</param>
/// <param name="TimeSpentMinutes">End minus start, in whole minutes.</param>
/// <param name="Done">The description of the intervention.</param>
/// <param name="Parts">Parts supplied or exchanged ("aucune" when none).</param>
/// <param name="Next">How it ended, or what comes next.</param>
/// <param name="RecordedAt">When the report was written.</param>
/// <param name="Acknowledged">The requester's answer when asked to acknowledge it: null until they answer.</param>
/// <param name="AcknowledgedAt">When they answered.</param>
public sealed record InterventionReport(
    int Number,
    string Technician,
    string TechnicianName,
    DateTimeOffset Start,
    DateTimeOffset End,
    int TimeSpentMinutes,
    string Done,
    string Parts,
    string Next,
    DateTimeOffset RecordedAt,
    bool? Acknowledged,
    DateTimeOffset? AcknowledgedAt);
