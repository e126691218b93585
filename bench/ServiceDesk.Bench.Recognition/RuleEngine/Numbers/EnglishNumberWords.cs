namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>English number words.</summary>
internal static class EnglishNumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] UnitOrdinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth",
    ];

    private static readonly string[] TensOrdinals =
        ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    public static NumberLexicon Lexicon { get; } = Build();

    private static NumberLexicon Build()
    {
        var cardinals = new Dictionary<string, double>(StringComparer.Ordinal) { ["fourty"] = 40 };
        var ordinals = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["hundredth"] = 100, ["thousandth"] = 1e3, ["millionth"] = 1e6, ["billionth"] = 1e9,
            ["trillionth"] = 1e12, ["half"] = 2, ["halve"] = 2, ["quarter"] = 4,
        };
        for (var i = 0; i < Units.Length; i++)
        {
            cardinals[Units[i]] = i;
            ordinals[UnitOrdinals[i]] = i;
        }

        for (var i = 2; i < Tens.Length; i++)
        {
            cardinals[Tens[i]] = i * 10;
            ordinals[TensOrdinals[i]] = i * 10;
        }

        return new NumberLexicon
        {
            Cardinals = cardinals,
            Ordinals = ordinals,
            Multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
                ["lakh"] = 1e5, ["lakhs"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
            },
            FractionOnly = new HashSet<string>(StringComparer.Ordinal) { "half", "halve", "quarter" },
            Ands = new HashSet<string>(StringComparer.Ordinal) { "and" },
            Articles = new HashSet<string>(StringComparer.Ordinal) { "a", "an" },
            Negatives = new HashSet<string>(StringComparer.Ordinal) { "negative", "minus" },
            Points = new HashSet<string>(StringComparer.Ordinal) { "point" },
            Overs = new HashSet<string>(StringComparer.Ordinal) { "over", "in" },
            Dozens = new HashSet<string>(StringComparer.Ordinal) { "dozen", "dozens", "dz", "dzs", "doz", "dozs" },
            ArticleIsNumber = false,
            DecimalSeparator = '.',
        };
    }
}
