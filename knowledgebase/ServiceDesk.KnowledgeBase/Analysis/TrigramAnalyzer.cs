using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// Character trigrams of each word ("imprimate" shares most trigrams with "imprimante"): a
/// language-neutral way to tolerate typos, compared with fuzzy term matching.
/// </summary>
internal sealed class TrigramAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        CharMappings.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords.Both);
        stream = new NGramTokenFilter(LuceneVersion.LUCENE_48, stream, 3, 3);
        return new TokenStreamComponents(source, stream);
    }
}
