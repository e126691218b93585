using System.Globalization;
using System.Text;

namespace ServiceDesk.Core.Intake;

/// <summary>Lower case without accents, typographic apostrophes made plain: how keyword rules compare text.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case var mark when CharUnicodeInfo.GetUnicodeCategory(mark) == UnicodeCategory.NonSpacingMark:
                    break;
                case '’' or '‘' or '`' or '´':
                    folded.Append('\'');
                    break;
                case 'œ' or 'Œ':
                    folded.Append("oe");
                    break;
                default:
                    folded.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return folded.ToString();
    }
}
