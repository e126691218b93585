using System.Globalization;
using System.Text;
using ServiceDesk.Core.Technicians;
using ServiceDesk.Core.Technicians.Commands;

namespace ServiceDesk.KnowledgeBase.Desk.Commands;

/// <summary><c>/kb show id</c>: an article as a technician reads it before applying or linking it.</summary>
internal static class KbShow
{
    public static string Run(DeskPhrasebook phrases, IKnowledgeBase index, string id)
    {
        var article = KbSearch.Find(index, id) ?? throw Unknown(phrases, id);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{article.Id} · {article.Title} ({Kind(phrases, article.Kind)}, {article.Language}, {phrases.Text("revu le", "reviewed on")} {article.LastReviewed:dd/MM/yyyy})\n")
            .Append(CultureInfo.InvariantCulture, $"{phrases.Text("Symptômes :", "Symptoms:")} {string.Join(" ; ", article.Symptoms)}\n")
            .Append(CultureInfo.InvariantCulture, $"{phrases.Text("Concerne :", "Applies to:")} {string.Join(", ", article.AppliesTo)}\n")
            .Append(CultureInfo.InvariantCulture, $"{phrases.Text("Cause :", "Cause:")} {article.Cause}\n")
            .Append(phrases.Text("Contournement :", "Workaround:"));
        for (var i = 0; i < article.Workaround.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {i + 1}. {article.Workaround[i]}");
        }

        return text.Append(CultureInfo.InvariantCulture, $"\n{phrases.Text("Résolution :", "Resolution:")} {(article.Resolution.Length > 0 ? article.Resolution : "—")}").ToString();
    }

    public static CommandRejectedException Unknown(DeskPhrasebook phrases, string id) =>
        new(phrases.Text($"Aucun article {id}. /kb search texte pour chercher.", $"No article {id}. /kb search words to search."));

    private static string Kind(DeskPhrasebook phrases, ArticleKind kind) => kind switch
    {
        ArticleKind.HowTo => phrases.Text("mode d'emploi", "how-to"),
        ArticleKind.Procedure => phrases.Text("procédure", "procedure"),
        _ => phrases.Text("erreur connue", "known error"),
    };
}
