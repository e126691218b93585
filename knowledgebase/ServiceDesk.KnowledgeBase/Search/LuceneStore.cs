using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// The in-memory Lucene index: one writer (additions serialised), near-real-time searchers shared
/// by concurrent searches through a <see cref="SearcherManager"/>.
/// </summary>
/// <remarks>
/// The words each field holds are also kept as plain sets (<see cref="Contains"/>), taken from the index after each
/// write: a search asks, for every word of the message in both languages, whether the index knows it, and asking Lucene
/// (<c>DocFreq</c> per word and field) opened a terms enumerator each time, a good part of the knowledge base's 2 ms
/// and 400 kB per search in the desk bench. Writes are rare (start-up, <c>/kb add</c>, a file changed).
/// </remarks>
internal sealed class LuceneStore : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();
    private volatile Dictionary<string, HashSet<string>> _termsByField = new(StringComparer.Ordinal);

    public LuceneStore(Analyzer analyzer, double coverageExponent)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new CoverageSearcherFactory(coverageExponent));
    }

    /// <summary>
    /// Adds documents, replacing those with the same key when asked (a bulk load of distinct keys
    /// skips that lookup); they are searchable when this returns.
    /// </summary>
    public void Put(IEnumerable<(string Key, Document Document)> documents, bool replaceExisting)
    {
        lock (_writeLock)
        {
            foreach (var (key, document) in documents)
            {
                if (replaceExisting)
                {
                    _writer.UpdateDocument(new Term(ArticleFields.Key, key), document);
                }
                else
                {
                    _writer.AddDocument(document);
                }
            }

            _searchers.MaybeRefreshBlocking();
            TakeTerms();
        }
    }

    /// <summary>Removes the document with this key; gone from searches when this returns.</summary>
    public void Delete(string key)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(ArticleFields.Key, key));
            _searchers.MaybeRefreshBlocking();
            TakeTerms();
        }
    }

    /// <summary>The best documents' keys and scores, best first.</summary>
    public IReadOnlyList<(string Key, float Score)> Search(Query query, int count)
    {
        var searcher = _searchers.Acquire();
        try
        {
            // Collected in document order: for a query of optional clauses only, Lucene otherwise scores out of order
            // with a bucket table of 2,048 entries made for each search, most of what a search allocated.
            var collector = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
            searcher.Search(query, collector);
            var hits = collector.GetTopDocs().ScoreDocs;
            var leaves = searcher.IndexReader.Leaves;
            var keys = new List<(string Key, float Score)>(hits.Length);
            var bytes = new BytesRef();
            foreach (var hit in hits)
            {
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                leaf.AtomicReader.GetBinaryDocValues(ArticleFields.Key).Get(hit.Doc - leaf.DocBase, bytes);
                keys.Add((bytes.Utf8ToString(), hit.Score));
            }

            return keys;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>For each term, whether any of the fields holds it (what <c>DocFreq</c> &gt; 0 says: deleted articles' words too, until merged away).</summary>
    public bool[] Contains(IReadOnlyList<string> fields, IReadOnlyList<string> terms)
    {
        var known = _termsByField;
        if (fields.All(known.ContainsKey))
        {
            var found = new bool[terms.Count];
            for (var i = 0; i < terms.Count; i++)
            {
                foreach (var field in fields)
                {
                    if (known[field].Contains(terms[i]))
                    {
                        found[i] = true;
                        break;
                    }
                }
            }

            return found;
        }

        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            return [.. terms.Select(term => fields.Any(field => reader.DocFreq(new Term(field, term)) > 0))];
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The words of the fields a message is matched against, from the searcher just refreshed (under the write lock).</summary>
    private void TakeTerms()
    {
        var searcher = _searchers.Acquire();
        try
        {
            var terms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var field in ArticleFields.Languages.SelectMany(ArticleFields.Names))
            {
                var words = new HashSet<string>(StringComparer.Ordinal);
                if (MultiFields.GetTerms(searcher.IndexReader, field) is { } indexed)
                {
                    var each = indexed.GetEnumerator();
                    while (each.MoveNext())
                    {
                        words.Add(each.Term.Utf8ToString());
                    }
                }

                terms[field] = words;
            }

            _termsByField = terms;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
