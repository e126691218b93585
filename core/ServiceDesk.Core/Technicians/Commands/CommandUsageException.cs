namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>A command was given missing or malformed arguments: the technician gets its usage line.</summary>
public sealed class CommandUsageException : Exception
{
    public CommandUsageException()
    {
    }

    public CommandUsageException(string message) : base(message)
    {
    }

    public CommandUsageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
