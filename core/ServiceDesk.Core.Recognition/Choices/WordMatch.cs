namespace ServiceDesk.Core.Recognition.Choices;

/// <summary>
/// Loose equality of two folded words: same word, same stem up to a French/English ending
/// ("bloque"/"bloquee", "equipe"/"equipes"), or one typo in a word of five letters or more.
/// </summary>
internal static class WordMatch
{
    public static bool Similar(string a, string b)
    {
        if (a == b) return true;
        if (a.Length >= 4 && b.Length >= 4 && SameStem(a, b)) return true;
        return a.Length >= 5 && b.Length >= 5 && Math.Abs(a.Length - b.Length) <= 1 && WithinOneEdit(a, b);
    }

    private static bool SameStem(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (!longer.StartsWith(shorter, StringComparison.Ordinal)) return false;
        var ending = longer[shorter.Length..];
        return ending is "e" or "s" or "es" or "x" or "ed" or "d";
    }

    private static bool WithinOneEdit(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        var restA = a.AsSpan(Math.Min(i + 1, a.Length));
        var restB = b.AsSpan(Math.Min(i + 1, b.Length));
        if (a.Length == b.Length) return restA.SequenceEqual(restB) || Swapped(a, b, i);
        return a.Length > b.Length ? restA.SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(restB);
    }

    private static bool Swapped(string a, string b, int i) =>
        i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
}
