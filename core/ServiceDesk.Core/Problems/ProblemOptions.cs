namespace ServiceDesk.Core.Problems;

/// <summary>When the desk proposes a problem record (configuration section <c>Problems</c>).</summary>
public sealed class ProblemOptions
{
    /// <summary>How far back incidents count as arriving together.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many similar incidents within <see cref="Window"/> make the desk propose a problem.</summary>
    public int Threshold { get; set; } = 3;
}
