using System.Globalization;

namespace ServiceDesk.Core.Recognition.Tests.Dates;

/// <summary>
/// Made-up first messages of a service-desk chat, French and English, from a fixed seed: a greeting, a problem, a
/// since-when phrase in many forms (a day, a time, "il y a", "since last", a range, a repeat, dates with commas), put at
/// the start, the middle or the end, with commas, sentence breaks, machine names, ticket numbers and other numbers.
/// </summary>
internal static class ChatCorpus
{
    private static readonly string[] FrenchGreetings = ["Bonjour", "Bonjour,", "Salut", "Bonsoir", "Hello", "Bonjour à tous,", ""];
    private static readonly string[] EnglishGreetings = ["Hello", "Hi,", "Good morning", "Hey team,", "Hi there", ""];

    private static readonly string[] FrenchProblems =
    [
        "Outlook affiche « Mot de passe incorrect » à chaque fois", "le VPN se coupe toutes les deux heures",
        "l'imprimante du 3e étage ne marche plus", "je n'arrive plus à me connecter sur {pc}", "Teams plante au démarrage",
        "mon écran reste noir", "la mise à jour de Windows tourne en boucle", "impossible d'ouvrir le fichier de 12 Mo",
        "le wifi est très lent dans la salle 204", "ma demande 1530 n'est toujours pas traitée", "rien n'a changé, je suis sur {pc}",
        "le ticket #42 est encore ouvert", "ça bloque les 12 personnes du service", "je dois relancer le poste deux fois",
    ];

    private static readonly string[] EnglishProblems =
    [
        "Outlook says \"wrong password\" every time", "the VPN drops every two hours", "the printer on the 2nd floor is broken",
        "I can't log in on {pc}", "Teams crashes at start", "my screen stays black", "the Windows update keeps looping",
        "I cannot open the 12 MB file", "wifi is very slow in room 204", "request 57 is still open", "nothing changed, I'm on {pc}",
        "ticket #42 is still not fixed", "it blocks the 12 people of the team", "I have to restart the laptop twice",
    ];

    private static readonly string[] FrenchSince =
    [
        "depuis hier", "depuis hier 15h", "depuis hier soir", "depuis lundi", "depuis lundi, vers 9h", "depuis ce matin",
        "depuis ce matin 8h30", "il y a deux heures", "il y a 3 jours", "depuis 10 minutes", "depuis une semaine",
        "depuis vendredi dernier", "depuis le 3 octobre", "depuis le lundi 3 octobre, à 14h", "le lundi 3 octobre, à 14h",
        "entre 14h et 16h", "de 9h à 11h", "tous les lundis", "chaque matin", "toutes les 10 minutes", "depuis avant-hier",
        "depuis la semaine dernière", "depuis mardi 14h", "depuis le 2 mars", "depuis le premier du mois", "depuis le 15",
        "ça fait deux jours", "depuis cet après-midi", "depuis la mise à jour de mardi", "depuis midi", "hier vers 17h",
        "depuis le début de la semaine", "depuis jeudi matin", "depuis 2 semaines", "depuis le 12/03", "depuis le deuxième jour",
    ];

    private static readonly string[] EnglishSince =
    [
        "since yesterday", "since yesterday 3pm", "since last night", "since Monday", "since Monday, around 9am",
        "since this morning", "two hours ago", "3 days ago", "for 10 minutes", "for a week", "since last Friday",
        "since last Monday, around 3pm", "since October 3rd", "since Monday, October 3rd", "Monday, October 3rd at 2pm",
        "between 2pm and 4pm", "from 9 to 11am", "every Monday", "each morning", "every 10 minutes", "since the day before yesterday",
        "since last week", "since Tuesday 2pm", "since March 2", "since the first of the month", "since the 15th",
        "for two days now", "since this afternoon", "since Tuesday's update", "since noon", "yesterday around 5pm",
        "since the beginning of the week", "since Thursday morning", "for 2 weeks", "since 3/12", "on the second day",
    ];

    private static readonly string[] FrenchRepeats = ["à chaque fois", "tous les matins", "chaque lundi", "à chaque démarrage", "tous les jours vers 9h"];

    private static readonly string[] EnglishRepeats = ["every time", "each Monday", "every morning", "each time I log in", "every day around 9am"];

    /// <summary>
    /// The same kind of messages with a repeat ("à chaque fois", "tous les matins", "every time", "each Monday"...) put
    /// at the start, after the first word, in the middle, before the last word or at the end, once or twice: the words
    /// that make the library's repeat extractor read the text again without them.
    /// </summary>
    public static List<(string Text, string Culture)> WithRepeats(int seed, int count)
    {
        var random = new Random(seed);
        var messages = new List<(string, string)>(count);
        foreach (var (text, culture) in Generate(seed, count))
        {
            var french = culture == "fr-FR";
            var words = text.Split(' ').ToList();
            for (var times = random.Next(1, 3); times > 0; times--)
            {
                var repeat = Pick(random, french ? FrenchRepeats : EnglishRepeats);
                var at = random.Next(5) switch
                {
                    0 => 0,
                    1 => Math.Min(1, words.Count),
                    2 => words.Count / 2,
                    3 => Math.Max(0, words.Count - 1),
                    _ => words.Count,
                };
                words.Insert(at, at == 0 ? Capital(repeat) + "," : repeat);
            }

            messages.Add((string.Join(' ', words), culture));
        }

        return messages;
    }

    public static List<(string Text, string Culture)> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var messages = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var french = i % 2 == 0;
            var greeting = Pick(random, french ? FrenchGreetings : EnglishGreetings);
            var problem = Pick(random, french ? FrenchProblems : EnglishProblems).Replace("{pc}", Machine(random), StringComparison.Ordinal);
            var since = Pick(random, french ? FrenchSince : EnglishSince);
            var extra = random.Next(4) == 0 ? Pick(random, french ? FrenchProblems : EnglishProblems).Replace("{pc}", Machine(random), StringComparison.Ordinal) : null;
            var text = random.Next(6) switch
            {
                0 => $"{greeting} {since}, {problem}",
                1 => $"{greeting} {problem} {since}.",
                2 => $"{greeting} {Capital(since)}. {Capital(problem)}.",
                3 => $"{greeting} {problem}, {since}, {(french ? "merci" : "thanks")}",
                4 => $"{Capital(problem)} {since} ({Machine(random)}). {greeting}",
                _ => $"{greeting} {problem}. {Capital(since)} {(french ? "et" : "and")} {Pick(random, french ? FrenchSince : EnglishSince)}.",
            };
            if (extra is not null) text += random.Next(2) == 0 ? $" {Capital(extra)}." : $", {extra}";
            if (random.Next(5) == 0) text += random.Next(2) == 0 ? " 06 12 34 56 78" : $" réf {random.Next(1, 9999).ToString(CultureInfo.InvariantCulture)}";
            messages.Add((text.Trim(), french ? "fr-FR" : "en-US"));
        }

        return messages;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Machine(Random random) =>
        random.Next(3) switch
        {
            0 => $"PC-{random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}",
            1 => $"LT{random.Next(100, 999).ToString(CultureInfo.InvariantCulture)}",
            _ => $"SRV-FILE-{random.Next(1, 20).ToString("00", CultureInfo.InvariantCulture)}",
        };

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
