using ServiceDesk.Core.Recognition.Library;
using ServiceDesk.Core.Recognition.Text;

namespace ServiceDesk.Core.Recognition.Numbers;

/// <summary>
/// Finds cardinal numbers in French or English text, in digits or words ("42", "1 234,5",
/// "vingt et un", "three and a half"): Microsoft.Recognizers.Text's number model. Thread-safe;
/// never throws on odd input.
/// </summary>
/// <remarks>
/// Ordinals ("premier", "3rd") are not numbers here, as in the public test suites' number model:
/// ask <see cref="OrdinalRecognizer"/> for them.
/// </remarks>
public static class NumberRecognizer
{
    public const string NumberType = "number";

    public static IReadOnlyList<NumberResult> Recognize(string text, string culture)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var read = text.Length > Dates.DateTimeRecognizer.MaxTextLength ? text[..Dates.DateTimeRecognizer.MaxTextLength] : text;
        var found = new List<NumberResult>();
        foreach (var result in LibraryModels.Numbers(Cultures.IsFrench(culture)).Parse(read))
        {
            if (ModelResults.ToNumber(result, NumberType) is { } number) found.Add(number);
        }

        return found;
    }
}
