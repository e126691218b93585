using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Conversation;

/// <summary>"non, depuis hier" → "depuis hier": the correction without the leading no.</summary>
internal static partial class CorrectionText
{
    public static string WithoutLeadingNo(string text) => LeadingNo().Replace(text, "").Trim();

    [GeneratedRegex(@"^\s*(non|nan|no|nope|pas tout a fait|pas tout à fait|not quite|not exactly|pas exactement|pas vraiment)\b[\s,.;:!—-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingNo();
}
