using ServiceDesk.KnowledgeBase;

namespace ServiceDesk.Bench.KnowledgeBase;

/// <summary>
/// Grows the real articles into a large knowledge base for timing: each copy gets its own id,
/// a site or model in its title, symptoms in another order plus one made of words drawn from the
/// whole corpus, and a body with extra sentences and unique reference numbers (which grow the
/// term dictionary the way a real, larger base would).
/// </summary>
internal static class ArticleVariants
{
    private static readonly string[] Places = ["siège", "agence Nord", "site de Lyon", "HQ", "London office", "entrepôt", "labo", "accueil"];

    public static IReadOnlyList<KnowledgeArticle> Generate(IReadOnlyList<KnowledgeArticle> seeds, int count, int seed = 7)
    {
        var random = new Random(seed);
        var vocabulary = seeds.SelectMany(a => Words(a.Body)).Distinct(StringComparer.Ordinal).ToArray();
        return Enumerable.Range(0, count).Select(i => Variant(seeds[i % seeds.Count], i, vocabulary, random)).ToList();
    }

    private static KnowledgeArticle Variant(KnowledgeArticle seed, int n, string[] vocabulary, Random random)
    {
        var place = Places[random.Next(Places.Length)];
        var reference = $"REF-{n:00000}";
        return seed with
        {
            Id = $"{seed.Id}-v{n:00000}",
            Title = $"{seed.Title} ({place}, {reference})",
            Symptoms = [.. seed.Symptoms.OrderBy(_ => random.Next()), Sentence(vocabulary, random, 8)],
            Body = $"{seed.Body}\n{Sentence(vocabulary, random, 30)} {reference} modèle M{random.Next(1000, 9999)}.",
            SourcePath = null,
        };
    }

    private static string Sentence(string[] vocabulary, Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '.', ',', ':', ';', '(', ')', '«', '»', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3);
}
