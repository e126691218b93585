namespace ServiceDesk.Core.Recognition.Text;

/// <summary>The two cultures the recognizers speak; anything not French is read as English.</summary>
internal static class Cultures
{
    public static bool IsFrench(string? culture) =>
        culture is not null && culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
}
