using System.Globalization;
using System.Text;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>Lowercase and accent-free form of a word, as users often type it ("bloquee", "ecran").</summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
