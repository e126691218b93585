namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>
/// One slash command for technicians (<c>/take</c>, <c>/close</c>…). Commands are found by name in the
/// <see cref="CommandRegistry"/>, so new ones (<c>/kb</c>, <c>/problem</c>) are added by registering another
/// implementation, without touching the parser.
/// </summary>
/// <remarks>
/// <see cref="Run"/> is called under the desk's lock, one command at a time; it reads and writes tickets through
/// the context and says things through it. A missing or malformed argument throws
/// <see cref="CommandUsageException"/> (the technician gets the one-line <see cref="Usage"/>); a refusal
/// (unknown ticket, closure rules) throws <see cref="CommandRejectedException"/> with the message to show.
/// </remarks>
public interface ITechnicianCommand
{
    /// <summary>The name after the slash, lower case: "take".</summary>
    string Name { get; }

    /// <summary>One line: "/take N".</summary>
    string Usage { get; }

    /// <summary>What it does, in a few words, for <c>/help</c>.</summary>
    string Summary { get; }

    /// <summary>The same in English, for technicians answered in English (<see cref="DeskPhrasebook"/>).</summary>
    string EnglishSummary => Summary;

    void Run(CommandContext context, CommandArguments arguments);
}
