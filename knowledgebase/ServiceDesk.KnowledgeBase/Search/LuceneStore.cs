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
    private static readonly ISet<string> KeyOnly = new HashSet<string> { ArticleFields.Key };

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

    /// <summary>The best documents' keys and scores, best first.</summary>
    public IReadOnlyList<(string Key, float Score)> Search(Query query, int count)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var hits = searcher.Search(query, count).ScoreDocs;
            return hits.Select(hit => (searcher.Doc(hit.Doc, KeyOnly).Get(ArticleFields.Key), hit.Score)).ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>True when any of the fields holds the term.</summary>
    public bool Contains(IEnumerable<string> fields, string term)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return fields.Any(field => searcher.IndexReader.DocFreq(new Term(field, term)) > 0);
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
