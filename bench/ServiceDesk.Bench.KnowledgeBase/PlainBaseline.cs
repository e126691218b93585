using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ServiceDesk.KnowledgeBase;

namespace ServiceDesk.Bench.KnowledgeBase;

/// <summary>
/// The reference point for search time: plain Lucene over the same articles, every text in one
/// field with the standard analyzer, and a message searched as an OR of its words. No second
/// language, no field weights, no typo tolerance, no facts.
/// </summary>
internal sealed class PlainBaseline : IDisposable
{
    private const string Field = "text";

    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PlainBaseline(IEnumerable<KnowledgeArticle> articles)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            foreach (var article in articles)
            {
                writer.AddDocument([new TextField(Field, Text(article), Lucene.Net.Documents.Field.Store.NO)]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public int Search(string text, int count)
    {
        var query = new BooleanQuery();
        using var stream = _analyzer.GetTokenStream(Field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            query.Add(new TermQuery(new Term(Field, term.ToString())), Occur.SHOULD);
        }

        stream.End();
        return _searcher.Search(query, count).TotalHits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private static string Text(KnowledgeArticle a) => string.Join('\n',
        a.Symptoms.Concat(a.Tags).Concat(a.AppliesTo).Concat(a.Workaround).Prepend(a.Title).Append(a.Cause).Append(a.Resolution).Append(a.Body));
}
