using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// A <see cref="TermQuery"/> whose term statistics (where the term is in each segment, how many articles hold it) are
/// looked up once per index state and shared by every later search, instead of at every search.
/// </summary>
/// <remarks>
/// A search builds a few hundred term queries (each word of the message in both languages and several fields, its
/// trigrams, the facts), and Lucene looked each one up in the index at every search (<c>TermContext.Build</c>: a terms
/// enumerator with its frames and automaton arcs per term and segment): about half of a search's CPU and most of the
/// 1.2 MB it allocated in the desk bench. The looked-up statistics are the ones Lucene would compute for the same index
/// state (the same top reader context: a write makes a new one), so the scores are unchanged; Lucene only reads them.
/// Terms the index holds are kept while that state lives (the index's vocabulary bounds them); terms it does not hold
/// (any word a person may type) are kept up to <see cref="MaxAbsent"/> per state, then looked up at each search as before.
/// </remarks>
internal sealed class SharedTermQuery(Term term) : TermQuery(term)
{
    internal const int MaxAbsent = 20_000;

    private static readonly ConditionalWeakTable<IndexReaderContext, Statistics> PerIndexState = [];

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var context = PerIndexState.GetValue(searcher.TopReaderContext, _ => new Statistics()).Of(searcher.TopReaderContext, Term);
        return new TermQuery(Term, context) { Boost = Boost }.CreateWeight(searcher);
    }

    private sealed class Statistics
    {
        private readonly ConcurrentDictionary<Term, TermContext> _terms = new();
        private int _absent;

        public TermContext Of(IndexReaderContext top, Term term)
        {
            if (_terms.TryGetValue(term, out var known))
            {
                return known;
            }

            var built = TermContext.Build(top, term);
            if (built.DocFreq > 0 || Interlocked.Increment(ref _absent) <= MaxAbsent)
            {
                _terms.TryAdd(term, built);
            }

            return built;
        }
    }
}
