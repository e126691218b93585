namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// Turns scored index hits (one per article version) into matches: one per article id at its
/// best score, in the user's language when that version exists, above the minimum score.
/// </summary>
internal static class MatchRanking
{
    public static IReadOnlyList<KnowledgeMatch> Rank(
        IReadOnlyList<(string Key, float Score)> hits,
        Func<string, KnowledgeArticle?> byKey,
        string language,
        float minimumScore,
        int top)
    {
        var matches = new List<KnowledgeMatch>(top);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, score) in hits)
        {
            if (matches.Count == top || score < minimumScore)
            {
                break;
            }

            var hit = byKey(key);
            if (hit is null || !seen.Add(hit.Id))
            {
                continue;
            }

            var preferred = byKey(ArticleFields.KeyOf(hit.Id, language)) ?? hit;
            matches.Add(new KnowledgeMatch(preferred, score));
        }

        return matches;
    }
}
