using System.Globalization;

namespace ServiceDesk.Core.Problems;

/// <summary>A problem record's sequential number, shown to people as <c>P3</c>.</summary>
public readonly record struct ProblemNumber(int Value)
{
    public override string ToString() => "P" + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "P3" or "p3"; anything else (a bare number, which is a ticket, zero, words) is not a problem number.</summary>
    public static bool TryParse(string? text, out ProblemNumber number)
    {
        var trimmed = (text ?? "").Trim();
        var value = 0;
        var ok = trimmed.Length > 1 && trimmed[0] is 'P' or 'p'
            && int.TryParse(trimmed.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
        number = ok ? new ProblemNumber(value) : default;
        return ok;
    }
}
