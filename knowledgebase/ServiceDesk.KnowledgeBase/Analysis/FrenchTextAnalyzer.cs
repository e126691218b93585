using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// French analysis: elision ("l'imprimante"), lowercase, accent folding before stemming so that
/// "bloquée" and "bloquee" meet, stop words, light stemming (plural and feminine endings).
/// </summary>
internal sealed class FrenchTextAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        CharMappings.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords.Both);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
