using System.ComponentModel;
using System.Diagnostics;

namespace ServiceDesk.Testing;

/// <summary>Runs a short command-line tool to completion and captures what it printed.</summary>
internal static class ExternalCommand
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartOrExplain(start);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var printed = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);
        return process.ExitCode == 0
            ? printed
            : throw new InvalidOperationException($"'{fileName}' failed with exit code {process.ExitCode}: {printed}");
    }

    /// <summary>Starts a process; a missing program becomes an error that says how to install Prosody.</summary>
    public static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{start.FileName}'.");
        }
        catch (Win32Exception ex)
        {
            throw new ProsodyNotInstalledException(start.FileName, ex);
        }
    }

    /// <summary>Fails early, with the install hint, when a program is not on PATH.</summary>
    public static void RequireOnPath(string program)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (!directories.Any(directory => File.Exists(Path.Combine(directory, program))))
        {
            throw new ProsodyNotInstalledException(program);
        }
    }
}
