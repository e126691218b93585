using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>Runs a text through an analyzer and returns the distinct terms, in order.</summary>
internal static class AnalyzedTerms
{
    public static IReadOnlyList<string> Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
