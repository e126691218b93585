using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Numbers;

namespace ServiceDesk.Core.Recognition;

/// <summary>
/// Builds the library's models (French and English dates, numbers, ordinals) before the first message needs
/// them: building compiles a few hundred regular expressions, 1–2 s on an idle machine and ten times that on a
/// loaded one, which would otherwise fall on the first person's answer. Safe to call from any thread, any time.
/// </summary>
public static class RecognizerWarmUp
{
    public static void Run()
    {
        var reference = new DateTime(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);
        foreach (var culture in new[] { "fr-FR", "en-US" })
        {
            _ = DateTimeRecognizer.SinceWhen("depuis hier 15h, since yesterday 3pm", culture, reference);
            _ = NumberRecognizer.Recognize("deux, two, 2", culture);
            _ = ChoiceRecognizer.Recognize("le deuxième", [new("un", []), new("deux", [])], culture);
        }
    }
}
