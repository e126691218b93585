namespace ServiceDesk.Core.Conversation;

/// <summary>The clarifying questions and the reformulation, in French (seed 000 §5: reformulate and have it confirmed).</summary>
public sealed partial class FrenchPhrasebook
{
        public string Ask(Question question, RequestDraft draft, RequesterProfile? profile) => question switch
    {
        Question.Environment when profile?.EnvironmentText(" sous ") is { } known && !draft.EnvironmentRejected => $"Êtes-vous toujours sur le poste {known} ?",
        Question.Environment => "Sur quel poste travaillez-vous ? Son nom (sur l'étiquette, par exemple PC-0423) et son système (Windows 11, macOS…), si vous les connaissez.",
        Question.Application => "Quelle application ou quel matériel est concerné ?",
        Question.Since => "Depuis quand rencontrez-vous ce problème ?",
        Question.ErrorMessage => "Avez-vous un message d'erreur ? Si oui, copiez-le ici tel quel ; sinon, répondez simplement « non ».",
        Question.RecentChange => "Quelque chose a-t-il changé récemment (mise à jour, nouveau matériel, changement de mot de passe…) ?",
        Question.Reproducible => "Le problème se produit-il à chaque fois ?",
        Question.Impact => "Qui est touché par ce problème ?",
        Question.Urgency => "Et pour votre travail, où en êtes-vous ?",
        Question.ForWhom => "Pour qui est cette demande : pour vous, ou pour quelqu'un d'autre (son nom) ?",
        Question.ByWhen => "Pour quand en avez-vous besoin ?",
        Question.Where => "Où faut-il intervenir ou livrer (bâtiment, étage, bureau ou salle) ?",
        Question.Benefit => "Qu'est-ce que cela vous apporterait, et à qui d'autre cela servirait-il ?",
        Question.Correction => WhatToCorrect,
        _ => NotUnderstood,
    };

    public IReadOnlyList<string> ChoicesFor(Question question, RequesterProfile? profile) => question switch
    {
        Question.Impact => ["Juste moi", "Mon équipe ou une personne VIP", "Toute l'organisation"],
        Question.Urgency => ["Bloqué(e)", "Ralenti(e)", "Je peux faire avec pour l'instant"],
        Question.Reproducible => ["À chaque fois", "De temps en temps", "Une seule fois"],
        Question.Environment when profile?.EnvironmentText(" sous ") is not null => YesNo,
        _ => [],
    };

    public string Reformulate(RequestDraft draft, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var parts = new List<string> { $"« {Abbreviate(draft.Description, 160)} »" };
        var facts = draft.Facts;
        if (facts.Since is { } since)
        {
            parts.Add(SincePhrase.French(since, now, zone));
        }
        else if (facts.SinceText is { Length: > 0 } sinceText)
        {
            parts.Add(SaidSince(sinceText));
        }

        AddIf(parts, facts.Application, a => $"cela concerne {a}");
        AddIf(parts, facts.ErrorMessage, e => $"message d'erreur « {e} »");
        AddIf(parts, facts.Benefit, b => $"ce que cela apporterait : {b}");
        AddIf(parts, facts.Environment, e => $"sur le poste {e}");
        AddIf(parts, draft.Type == Tickets.RequestType.ServiceRequest ? draft.ForWhom : null, w => $"pour {w}");
        AddIf(parts, draft.Type == Tickets.RequestType.ServiceRequest ? draft.ByWhen : null, w => $"pour le : {w}");
        AddIf(parts, draft.Type == Tickets.RequestType.ServiceRequest ? draft.Where : null, w => $"lieu : {w}");
        AddIf(parts, draft.Urgency, u => u switch
        {
            Tickets.Urgency.Blocked => "vous êtes bloqué(e)",
            Tickets.Urgency.SlowedDown => "cela vous ralentit",
            _ => "vous pouvez faire avec pour l'instant",
        });
        AddIf(parts, draft.Impact, i => i switch
        {
            Tickets.Impact.OneUser => "vous seul(e) êtes touché(e)",
            Tickets.Impact.TeamOrVip => "votre équipe (ou une personne VIP) est touchée",
            _ => "toute l'organisation est touchée",
        });
        return $"Si je vous comprends bien : {string.Join(" ; ", parts)}. C'est bien ça ?";
    }

    // "depuis la migration" stays as said; other words are given as the person's own: « c'était après la réunion ».
    private static string SaidSince(string text) =>
        text.StartsWith("depuis ", StringComparison.OrdinalIgnoreCase) ? text : $"début : « {text} »";

    private static void AddIf<T>(List<string> parts, T? value, Func<T, string> render)
    {
        if (value is not null && (value is not string s || s.Length > 0))
        {
            parts.Add(render(value));
        }
    }
}
