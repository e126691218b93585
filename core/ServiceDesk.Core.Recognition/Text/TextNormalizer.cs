using System.Globalization;
using System.Text;

namespace ServiceDesk.Core.Recognition.Text;

/// <summary>
/// Folds text to lower case without accents, one character for one character, so that an index
/// in the folded text is the same index in the original (offsets of results stay exact).
/// </summary>
internal static class TextNormalizer
{
    private static readonly char[] Table = BuildTable();

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < Table.Length ? Table[c] : Fold(c);
            }
        });
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u2009' or '\u200A' or '\u202F' or '\u2007' or '\u2002' or '\u2003' => ' ',
        '\u0153' => 'o',
        _ => char.ToLowerInvariant(c),
    };

    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = StripAccent((char)i);
        }

        table['\u00A0'] = ' ';
        table['\u00B4'] = '\'';
        table['`'] = '\'';
        return table;
    }

    private static char StripAccent(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
        {
            return first;
        }

        return lower switch
        {
            '\u00E6' => 'a',
            '\u00F8' => 'o',
            '\u00DF' => 's',
            '\u0153' => 'o',
            _ => lower,
        };
    }
}
