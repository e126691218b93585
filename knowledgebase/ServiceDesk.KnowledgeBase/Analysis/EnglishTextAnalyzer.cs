using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ServiceDesk.KnowledgeBase.Analysis;

/// <summary>
/// English analysis: possessives, French elisions (messages mix both languages), lowercase, accent folding, stop words (chat words included),
/// Porter stemming ("printing", "printer" and "prints" share "print").
/// </summary>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        CharMappings.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, source);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords.Both);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
