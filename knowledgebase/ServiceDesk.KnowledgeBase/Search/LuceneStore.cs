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
internal sealed class LuceneStore : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();

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
        }
    }

    /// <summary>Removes the document with this key; gone from searches when this returns.</summary>
    public void Delete(string key)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(ArticleFields.Key, key));
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>The best documents' keys and scores, best first.</summary>
    public IReadOnlyList<(string Key, float Score)> Search(Query query, int count)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var hits = searcher.Search(query, count).ScoreDocs;
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

    /// <summary>For each term, whether any of the fields holds it.</summary>
    public bool[] Contains(IReadOnlyList<string> fields, IReadOnlyList<string> terms)
    {
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

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }
}
