using Lucene.Net.Index;
using Lucene.Net.Search;
using ServiceDesk.KnowledgeBase.Analysis;

namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// The part of a query that comes from facts the conversation extracted: the application or
/// device raises articles that apply to it, an error message raises articles that quote it.
/// </summary>
internal sealed class FactsQuery(LanguageAnalyzers analyzers)
{
    private const float ApplicationWeight = 2.5f;
    private const float ErrorMessageWeight = 1.5f;

    public BooleanQuery? Compose(SearchFacts? facts)
    {
        if (facts is null)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var language in ArticleFields.Languages)
        {
            string[] appliesTo = [ArticleFields.Labels(language), ArticleFields.Title(language)];
            string[] quoted = [ArticleFields.Symptoms(language), ArticleFields.Details(language)];
            Add(query, facts.Application, language, appliesTo, ApplicationWeight);
            Add(query, facts.Device, language, appliesTo, ApplicationWeight);
            Add(query, facts.ErrorMessage, language, quoted, ErrorMessageWeight);
        }

        return query;
    }

    private void Add(BooleanQuery query, string? value, string language, string[] fields, float weight)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var terms = new BooleanQuery();
        foreach (var term in AnalyzedTerms.Of(analyzers.For(language), "facts", value))
        {
            var anyField = new DisjunctionMaxQuery(0.1f);
            foreach (var field in fields)
            {
                anyField.Add(new SharedTermQuery(new Term(field, term)));
            }

            terms.Add(anyField, Occur.SHOULD);
        }

        if (terms.Clauses.Count > 0)
        {
            terms.Boost = weight;
            query.Add(terms, Occur.SHOULD);
        }
    }
}
