using ServiceDesk.KnowledgeBase;

namespace ServiceDesk.Bench.KnowledgeBase;

/// <summary>Recall@1 and recall@3 of an index over labelled phrasings, printed as "r@1/r@3".</summary>
internal static class Recall
{
    public static string Of(
        KnowledgeIndex index,
        IReadOnlyList<(string Text, string Language, string Expected)> set,
        Func<string, string>? idOf = null)
    {
        idOf ??= id => id;
        int at1 = 0, at3 = 0;
        foreach (var (text, language, expected) in set)
        {
            var ids = index.Search(text, language).Select(m => idOf(m.Article.Id)).ToList();
            at1 += ids.FirstOrDefault() == expected ? 1 : 0;
            at3 += ids.Contains(expected) ? 1 : 0;
        }

        return $"{(double)at1 / set.Count:0.000}/{(double)at3 / set.Count:0.000}";
    }
}
