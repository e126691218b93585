namespace ServiceDesk.Adapters.Console;

/// <summary>The terminal chat (configuration section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    /// <summary>
    /// On, off, or unset: when unset the console chat runs only if standard input is a terminal and no other
    /// channel is configured.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Who the person at the terminal is (their requester id is <c>console:{User}</c>); defaults to the OS user name.</summary>
    public string? User { get; set; }
}
