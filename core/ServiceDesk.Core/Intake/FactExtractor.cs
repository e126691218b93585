namespace ServiceDesk.Core.Intake;

/// <summary>
/// Reads every fact a message gives by itself (seed 000 §5, 002 §2.3: listen first, never ask again what
/// was said): type, application or device, error message, since when, impact, urgency, recent change,
/// repetition, workstation and operating system.
/// </summary>
public static class FactExtractor
{
    public static ExtractedFacts Extract(string text, string culture, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var since = SinceReader.Read(text, culture, now, zone);
        return new ExtractedFacts
        {
            Type = RequestClassifier.Classify(folded),
            Application = ApplicationLexicon.Find(text),
            ErrorMessage = ErrorMessageExtractor.Find(text),
            Impact = QualificationHints.Impact(folded),
            Urgency = QualificationHints.Urgency(folded),
            Since = since?.At,
            SinceText = since?.Text,
            RecentChange = ChangeAndRepetition.RecentChange(text),
            Reproducible = ChangeAndRepetition.Reproducible(folded),
            Workstation = EnvironmentReader.Workstation(text),
            OperatingSystem = EnvironmentReader.OperatingSystem(text),
            ForWhom = ServiceDetailsReader.ForWhom(text),
            ByWhen = ServiceDetailsReader.ByWhen(text),
            Where = ServiceDetailsReader.Where(text),
        };
    }
}
