using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Intake;

/// <summary>
/// Workstation names and operating systems as people write them ("PC-0423", "poste LT1234", "sous Windows 11",
/// "on my Mac"), for the environment of seed 002 §2.2.
/// </summary>
public static partial class EnvironmentReader
{
    public static string? Workstation(string text) => WorkstationPattern().Match(text) is { Success: true } m ? m.Value.ToUpperInvariant().Replace(' ', '-') : null;

    public static string? OperatingSystem(string text)
    {
        var match = OperatingSystemPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var folded = TextFolding.Fold(match.Value);
        return folded switch
        {
            var s when s.StartsWith("win", StringComparison.Ordinal) => "Windows" + (match.Groups["version"].Success ? " " + match.Groups["version"].Value : ""),
            var s when s.Contains("mac", StringComparison.Ordinal) => "macOS",
            var s when s.Contains("ubuntu", StringComparison.Ordinal) => "Ubuntu",
            var s when s.Contains("android", StringComparison.Ordinal) => "Android",
            var s when s.Contains("ios", StringComparison.Ordinal) || s.Contains("iphone", StringComparison.Ordinal) => "iOS",
            _ => "Linux",
        };
    }

    [GeneratedRegex(@"\b(?:PC|LT|WS|NB|DT|POSTE)[- _]?\d{2,6}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WorkstationPattern();

    [GeneratedRegex(@"\b(?:windows|win)\s?(?<version>7|8\.1|8|10|11)\b|\bwindows\b|\bmac\s?os\b|\bmacbook\b|\bmon mac\b|\bmy mac\b|\bubuntu\b|\blinux\b|\bandroid\b|\biphone\b|\bios\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OperatingSystemPattern();
}
