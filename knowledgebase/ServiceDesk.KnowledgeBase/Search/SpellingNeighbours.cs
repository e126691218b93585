using System.Collections.Concurrent;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// The words of the short fields of one language, and for a misspelt word the known words one or
/// two edits away ("imprimate" → "imprimant"), found by shared deletions: each known word is
/// filed under every string obtained by deleting up to two of its letters, so a lookup costs a
/// few dictionary reads instead of a walk of the term dictionary.
/// </summary>
/// <remarks>
/// Thread-safe: additions replace a key's array rather than changing it, so concurrent lookups
/// see a word either before or after it is added. Words are never removed (an article replaced
/// leaves its old words behind, which then only match nothing).
/// </remarks>
internal sealed class SpellingNeighbours
{
    private const int MaxEdits = 2;
    private const int MaxWordLength = 24;

    private readonly ConcurrentDictionary<string, byte> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _byDeletion = new(StringComparer.Ordinal);

    public void Add(string word)
    {
        if (word.Length > MaxWordLength || !_words.TryAdd(word, 0))
        {
            return;
        }

        foreach (var deletion in Deletions(word, MaxEdits))
        {
            _byDeletion.AddOrUpdate(deletion, _ => [word], (_, words) => [.. words, word]);
        }
    }

    /// <summary>
    /// Known words within <paramref name="edits"/> edits of <paramref name="word"/> (a transposition
    /// counts as one) that start with the same letter, closest first, at most <paramref name="max"/>.
    /// </summary>
    public IReadOnlyList<string> Near(string word, int edits, int max)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var deletion in Deletions(word, Math.Min(edits, MaxEdits)))
        {
            if (!_byDeletion.TryGetValue(deletion, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate != word && candidate[0] == word[0] && !found.ContainsKey(candidate))
                {
                    var distance = EditDistance.Between(word, candidate, edits);
                    if (distance <= edits)
                    {
                        found[candidate] = distance;
                    }
                }
            }
        }

        return [.. found.OrderBy(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(max).Select(f => f.Key)];
    }

    private static HashSet<string> Deletions(string word, int depth)
    {
        var all = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var level = 0; level < depth; level++)
        {
            var next = new List<string>();
            foreach (var current in frontier.Where(w => w.Length > 1))
            {
                for (var i = 0; i < current.Length; i++)
                {
                    var shorter = current.Remove(i, 1);
                    if (all.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return all;
    }
}
