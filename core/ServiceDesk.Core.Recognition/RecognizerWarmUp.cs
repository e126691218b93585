using System.Globalization;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Numbers;

namespace ServiceDesk.Core.Recognition;

/// <summary>
/// Builds the library's models (French and English dates, numbers, ordinals) before the first message needs
/// them: building compiles a few hundred regular expressions, 1–2 s on an idle machine and ten times that on a
/// loaded one, which would otherwise fall on the first person's answer. Safe to call from any thread, any time.
/// </summary>
/// <remarks>
/// Built is not yet warm: the library's code is compiled by the JIT as messages reach it, first quickly and slowly run,
/// then again optimised once it has been called often enough, so the first thousand or so messages after the build
/// cost several times what later ones do (the desk bench's first pass: 11–13 ms of CPU per message, against 3–4 ms
/// after). <see cref="Run(int)"/> also reads that many made-up messages in both languages, the kinds a conversation
/// reads (a since-when, a numbered choice, a yes or no, numbers), so that this cost is paid at start and not by the
/// first people who write.
/// </remarks>
public static class RecognizerWarmUp
{
    private static readonly string[] French =
    [
        "depuis hier {0}h{1:00}", "depuis lundi", "ça fait {2} jours que ça ne marche plus", "depuis ce matin {0}h",
        "depuis environ {1} minutes", "le {2} novembre à {0}h", "depuis la mise à jour de mardi", "depuis {2} semaines",
        "Bonjour, depuis vendredi Outlook affiche une erreur sur PC-{3:0000}", "depuis avant-hier soir",

        // Durations in words: the first text after a start holding one cost the date model about 0.35 s (the library's
        // first pass over that path), which fell on a person's turn. Ordinal words cost nothing special (measured).
        "ça a commencé il y a deux heures, poste {3}", "depuis trois jours et demi", "ça fait une semaine, depuis quinze jours, il y a vingt minutes",

        // A repeat, which the library reads again in the text without it, and "à chaque fois", which it no longer does.
        "depuis lundi, tous les matins vers {0}h", "à chaque fois depuis {2} jours",
    ];

    private static readonly string[] English =
    [
        "since yesterday {0}:{1:00}", "since Monday", "it has not worked for {2} days", "since {0} am this morning",
        "for about {1} minutes", "on November {2} at {0} pm", "since Tuesday's update", "for {2} weeks now",
        "Hello, since Friday Outlook shows an error on PC-{3:0000}", "since the day before yesterday",
        "it started two hours ago, desk {3}", "for three and a half days", "a week now, for fifteen days, twenty minutes ago",
        "since Monday, every morning around {0} am", "every time since {2} days",
    ];

    private static readonly string[] Answers = ["1", "2", "oui", "non", "bloqué", "juste moi", "yes", "no", "blocked", "the whole team", "le deuxième", "3"];

    /// <summary>Builds the models.</summary>
    public static void Run() => Run(messages: 0);

    /// <summary>Builds the models, then reads <paramref name="messages"/> made-up messages through every recognizer the conversation uses.</summary>
    public static void Run(int messages) => Run(messages, CancellationToken.None);

    /// <summary>As <see cref="Run(int)"/>, stopping between two messages once <paramref name="stopping"/> is cancelled (the bot is stopping).</summary>
    public static void Run(int messages, CancellationToken stopping)
    {
        var reference = new DateTime(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);
        foreach (var culture in new[] { "fr-FR", "en-US" })
        {
            _ = DateTimeRecognizer.SinceWhen("depuis hier 15h, since yesterday 3pm", culture, reference);
            _ = NumberRecognizer.Recognize("deux, two, 2", culture);
            _ = ChoiceRecognizer.Recognize("le deuxième", [new("un", []), new("deux", [])], culture);
        }

        ChoiceOption[] options = [new("bloqué", ["blocked"]), new("ralenti", ["slowed down"]), new("je peux attendre", ["it can wait"])];
        for (var i = 0; i < messages && !stopping.IsCancellationRequested; i++)
        {
            var french = i % 2 == 0;
            var (templates, culture) = french ? (French, "fr-FR") : (English, "en-US");
            // Different each time: the library keeps a cache of its results by text.
            var text = string.Format(CultureInfo.InvariantCulture, templates[i / 2 % templates.Length], 8 + (i % 11), i % 60, 2 + (i % 27), i);
            _ = DateTimeRecognizer.SinceWhen(text, culture, reference.AddMinutes(i));
            var answer = Answers[i % Answers.Length] + (i % 3 == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" {i % 7}"));
            _ = ChoiceRecognizer.Recognize(answer, options, culture);
            _ = YesNoRecognizer.Recognize(answer, culture);
            _ = NumberRecognizer.Recognize(text, culture);
        }
    }
}
