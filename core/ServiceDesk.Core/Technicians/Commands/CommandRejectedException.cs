namespace ServiceDesk.Core.Technicians.Commands;

/// <summary>A command that cannot be done (unknown ticket, closure rules…); the message is shown to the technician as is.</summary>
public sealed class CommandRejectedException : Exception
{
    public CommandRejectedException()
    {
    }

    public CommandRejectedException(string message) : base(message)
    {
    }

    public CommandRejectedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
