using System.Globalization;

namespace ServiceDesk.Core.Tickets;

/// <summary>A ticket's sequential number, shown to people as <c>#N</c>.</summary>
public readonly record struct TicketNumber(int Value)
{
    public override string ToString() => "#" + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads "42" or "#42"; anything else (zero, negative, words) is not a number.</summary>
    public static bool TryParse(string? text, out TicketNumber number)
    {
        var digits = (text ?? "").Trim().TrimStart('#');
        var ok = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
        number = ok ? new TicketNumber(value) : default;
        return ok;
    }
}
