using System.Globalization;
using System.Text;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary><c>/kb show id</c>: an article as a technician reads it before applying or linking it.</summary>
internal static class KbShow
{
    public static string Run(IKnowledgeBase index, string id)
    {
        var article = KbSearch.Find(index, id) ?? throw Unknown(id);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{article.Id} · {article.Title} ({Kind(article.Kind)}, {article.Language}, revu le {article.LastReviewed:dd/MM/yyyy})\n")
            .Append(CultureInfo.InvariantCulture, $"Symptômes : {string.Join(" ; ", article.Symptoms)}\n")
            .Append(CultureInfo.InvariantCulture, $"Concerne : {string.Join(", ", article.AppliesTo)}\n")
            .Append(CultureInfo.InvariantCulture, $"Cause : {article.Cause}\n")
            .Append("Contournement :");
        for (var i = 0; i < article.Workaround.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {i + 1}. {article.Workaround[i]}");
        }

        return text.Append(CultureInfo.InvariantCulture, $"\nRésolution : {(article.Resolution.Length > 0 ? article.Resolution : "—")}").ToString();
    }

    public static CommandRejectedException Unknown(string id) => new($"Aucun article {id}. /kb search texte pour chercher.");

    private static string Kind(ArticleKind kind) => kind switch
    {
        ArticleKind.HowTo => "mode d'emploi",
        ArticleKind.Procedure => "procédure",
        _ => "erreur connue",
    };
}
