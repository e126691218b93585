namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>French number words (accents already folded away).</summary>
internal static class FrenchNumberWords
{
    private static readonly string[] Units =
    [
        "zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize",
    ];

    private static readonly string[] Ordinals =
    [
        "", "unieme", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme", "huitieme",
        "neuvieme", "dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme",
    ];

    public static NumberLexicon Lexicon { get; } = Build();

    private static NumberLexicon Build()
    {
        var cardinals = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["une"] = 1, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50,
            ["soixante"] = 60, ["septante"] = 70, ["huitante"] = 80, ["octante"] = 80, ["nonante"] = 90,
        };
        var ordinals = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["premier"] = 1, ["premiere"] = 1, ["second"] = 2, ["seconde"] = 2, ["vingtieme"] = 20,
            ["trentieme"] = 30, ["quarantieme"] = 40, ["cinquantieme"] = 50, ["soixantieme"] = 60,
            ["centieme"] = 100, ["millieme"] = 1e3, ["millionieme"] = 1e6, ["milliardieme"] = 1e9,
            ["billionieme"] = 1e12, ["demi"] = 2, ["demie"] = 2, ["tiers"] = 3, ["quart"] = 4,
        };
        for (var i = 0; i < Units.Length; i++)
        {
            cardinals[Units[i]] = i;
            if (i > 0) ordinals[Ordinals[i]] = i;
        }

        return new NumberLexicon
        {
            Cardinals = cardinals,
            Ordinals = ordinals,
            Multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["cent"] = 100, ["cents"] = 100, ["mille"] = 1e3, ["milles"] = 1e3, ["million"] = 1e6,
                ["millions"] = 1e6, ["milliard"] = 1e9, ["milliards"] = 1e9, ["billion"] = 1e12, ["billions"] = 1e12,
            },
            FractionOnly = new HashSet<string>(StringComparer.Ordinal) { "demi", "demie", "tiers", "quart" },
            Ands = new HashSet<string>(StringComparer.Ordinal) { "et" },
            Articles = new HashSet<string>(StringComparer.Ordinal),
            Negatives = new HashSet<string>(StringComparer.Ordinal) { "negatif" },
            Points = new HashSet<string>(StringComparer.Ordinal) { "virgule" },
            Overs = new HashSet<string>(StringComparer.Ordinal) { "sur" },
            Dozens = new HashSet<string>(StringComparer.Ordinal) { "douzaine", "douzaines" },
            ArticleIsNumber = true,
            DecimalSeparator = ',',
        };
    }
}
