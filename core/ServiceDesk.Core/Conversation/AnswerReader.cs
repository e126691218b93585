using ServiceDesk.Core.Intake;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Reads the answer to the pending question into the draft. Numbered choices accept the number, an ordinal or
/// words; open questions accept any words; "je ne sais pas" is an answer too. Null means "not understood".
/// </summary>
internal static class AnswerReader
{
    private const int MaxFactLength = 200;

    public static RequestDraft? Apply(RequestDraft draft, Question pending, string text, DialogueTurn turn)
    {
        if (Intents.IsDontKnow(text) && pending != Question.Environment)
        {
            return draft;
        }

        var facts = draft.Facts;
        var yes = YesNoRecognizer.Recognize(text, turn.Culture);
        return pending switch
        {
            Question.Application => draft with { Facts = facts with { Application = ApplicationLexicon.Find(text) ?? Short(text) } },
            Question.Since => SinceAnswer(draft, text, turn),
            Question.ErrorMessage when yes == true && text.Length < 12 => null,
            Question.ErrorMessage => draft with { Facts = facts with { ErrorMessage = yes == false ? "" : ErrorMessageExtractor.Find(text) ?? Short(WithoutLeading(text, "it says ", "it shows ", "ça dit ", "ça affiche ", "il affiche ", "elle affiche ", "le message dit ", "ca dit ", "ca affiche ")) } },
            Question.RecentChange => draft with { Facts = facts with { RecentChange = yes == false ? "" : ChangeAndRepetition.RecentChange(text) ?? Short(text) } },
            Question.Reproducible => ReproducibleAnswer(text, turn, yes) is { } r ? draft with { Facts = facts with { Reproducible = r } } : null,
            Question.Environment => EnvironmentAnswer(draft, text, yes, turn),
            Question.Impact => ImpactAnswer(draft, text, turn),
            Question.Urgency => UrgencyAnswer(draft, text, turn),
            Question.ForWhom => draft with { ForWhom = Short(WithoutLeading(text, "pour ", "for ")) },
            Question.ByWhen => draft with { ByWhen = Short(text) },
            Question.Where => draft with { Where = Short(text) },
            Question.Benefit => draft with { Facts = facts with { Benefit = Short(text) } },
            _ => draft,
        };
    }

    // Words first ("tout le temps" is not "de temps en temps"), then the number or an option's words, then yes/no.
    private static bool? ReproducibleAnswer(string text, DialogueTurn turn, bool? yes) =>
        ChangeAndRepetition.Reproducible(TextFolding.Fold(text))
        ?? (Choice(text, turn, turn.Phrases.ChoicesFor(Question.Reproducible, null)) is { } r ? r == 0 : yes);

    // A bare "oui" says nothing about when: ask again. Other words are kept as said ("depuis la migration").
    private static RequestDraft? SinceAnswer(RequestDraft draft, string text, DialogueTurn turn) =>
        SinceReader.Read(text, turn.Culture, turn.Now, turn.Zone) is { } since
            ? draft with { Facts = draft.Facts with { Since = since.At, SinceText = since.Text } }
            : text.Length < 12 && YesNoRecognizer.Recognize(text, turn.Culture) is not null ? null
            : draft with { Facts = draft.Facts with { SinceText = Short(text) } };

    private static RequestDraft? EnvironmentAnswer(RequestDraft draft, string text, bool? yes, DialogueTurn turn)
    {
        var known = turn.Profile?.EnvironmentText(", ");
        if (known is not null && !draft.EnvironmentRejected && yes is not null && text.Length < 20)
        {
            return yes.Value
                ? draft with { Facts = draft.Facts with { Environment = known } }
                : draft with { EnvironmentRejected = true, Asked = [.. draft.Asked.Where(q => q != Question.Environment)] };
        }

        if (Intents.IsDontKnow(text))
        {
            return draft with { Facts = draft.Facts with { Environment = "" } };
        }

        var said = turn.Extract(text);
        if (yes is not null && said.Workstation is null && said.OperatingSystem is null && text.Length < 12)
        {
            // A bare "oui" or "non" names no computer: ask again, kindly.
            return null;
        }

        var environment = (said.Workstation, said.OperatingSystem) switch
        {
            ({ } w, { } os) => $"{w}, {os}",
            ({ } w, null) => w,
            (null, { } os) => os,
            _ => Short(text),
        };
        return draft with { Facts = draft.Facts with { Environment = environment } };
    }

    private static RequestDraft? ImpactAnswer(RequestDraft draft, string text, DialogueTurn turn) =>
        (QualificationHints.Impact(TextFolding.Fold(text)) ?? (Choice(text, turn, QualificationChoices.Impact(turn.Phrases)) is { } i ? (Impact)i : null)) is { } impact
            ? draft with { Impact = impact }
            : null;

    private static RequestDraft? UrgencyAnswer(RequestDraft draft, string text, DialogueTurn turn) =>
        (QualificationHints.Urgency(TextFolding.Fold(text)) ?? (Choice(text, turn, QualificationChoices.Urgency(turn.Phrases)) is { } u ? (Urgency)u : null)) is { } urgency
            ? draft with { Urgency = urgency }
            : null;

    private static int? Choice(string text, DialogueTurn turn, IReadOnlyList<string> labels) =>
        ChoiceRecognizer.Recognize(text, [.. labels.Select(l => new ChoiceOption(l, []))], turn.Culture);

    private static int? Choice(string text, DialogueTurn turn, IReadOnlyList<ChoiceOption> options) =>
        ChoiceRecognizer.Recognize(text, options, turn.Culture);

    private static string WithoutLeading(string text, params string[] prefixes) =>
        prefixes.FirstOrDefault(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix ? text[prefix.Length..] : text;

    private static string Short(string text) => text.Length <= MaxFactLength ? text.Trim() : text[..MaxFactLength].Trim() + "…";
}
