using ServiceDesk.Core.Recognition.Choices;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// The numbered choices for impact and urgency (seed 002 §2.5.2), with the words people use for each, in
/// French and English, so "1", "bloqué", "toute l'équipe" and "only me" all answer.
/// </summary>
internal static class QualificationChoices
{
    /// <summary>In <see cref="Tickets.Impact"/> order: one user, a team or a VIP, the whole organisation.</summary>
    public static IReadOnlyList<ChoiceOption> Impact(IPhrasebook phrases)
    {
        var labels = phrases.ChoicesFor(Question.Impact, null);
        return
        [
            new(labels[0], ["moi", "moi seul", "moi seule", "seulement moi", "uniquement moi", "que moi", "personne d'autre", "juste moi", "just me", "only me", "me", "myself", "one user"]),
            new(labels[1], ["mon équipe", "équipe", "toute l'équipe", "mon service", "le service", "mes collègues", "plusieurs collègues", "vip", "directeur", "directrice", "my team", "team", "colleagues", "department", "my boss"]),
            new(labels[2], ["toute l'organisation", "tout le monde", "toute l'entreprise", "toute la boîte", "tous les services", "everyone", "everybody", "whole company", "whole organisation", "whole organization", "organization", "organisation"]),
        ];
    }

    /// <summary>In <see cref="Tickets.Urgency"/> order: blocked, slowed down, can live with it.</summary>
    public static IReadOnlyList<ChoiceOption> Urgency(IPhrasebook phrases)
    {
        var labels = phrases.ChoicesFor(Question.Urgency, null);
        return
        [
            new(labels[0], ["bloqué", "bloquée", "bloquant", "je ne peux plus travailler", "impossible de travailler", "plus rien ne marche", "blocked", "can't work", "cannot work", "stuck"]),
            new(labels[1], ["ralenti", "ralentie", "gêné", "gênée", "ça me ralentit", "slowed", "slowed down", "slow", "hindered"]),
            new(labels[2], ["je peux faire avec", "ça peut attendre", "peut attendre", "pas urgent", "pas pressé", "can live with it", "not urgent", "can wait", "no rush"]),
        ];
    }
}
