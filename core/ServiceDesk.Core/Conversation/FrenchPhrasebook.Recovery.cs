namespace ServiceDesk.Core.Conversation;

/// <summary>French: what the bot says when answers do not fit (<see cref="AnswerRecovery"/>), never the same prompt three times.</summary>
public sealed partial class FrenchPhrasebook
{
    public string Rephrase(ConversationState state, Question pending) => (state, pending) switch
    {
        (ConversationState.Gathering, Question.Impact) =>
            "Je reformule : est-ce que cela touche seulement vous, votre équipe, ou toute l'organisation ? Par exemple « juste moi » ou « 1 ». Vous pouvez aussi écrire « technicien ».",
        (ConversationState.Gathering, Question.Urgency) =>
            "Je reformule : pouvez-vous encore travailler ? Par exemple « bloqué » si vous ne pouvez plus rien faire, ou « 2 » si cela vous ralentit. Vous pouvez aussi écrire « technicien ».",
        (ConversationState.Gathering, Question.Reproducible) =>
            "Autrement dit : est-ce que cela arrive à chaque essai, ou seulement parfois ? Par exemple « à chaque fois » ou « de temps en temps ». « Je ne sais pas » convient aussi.",
        (ConversationState.Gathering, Question.Since) =>
            "Autrement dit : quand avez-vous remarqué le problème pour la première fois ? Par exemple « ce matin », « hier vers 15h » ou « depuis lundi ». « Je ne sais pas » convient aussi.",
        (ConversationState.Gathering, Question.Environment) =>
            "Le nom du poste figure souvent sur une étiquette, par exemple « PC-0423, Windows 11 ». Si vous ne le trouvez pas, répondez « je ne sais pas ».",
        (ConversationState.Gathering, Question.ErrorMessage) =>
            "Si un message s'affiche, copiez-le tel quel, par exemple « Mot de passe incorrect » ; s'il n'y en a pas, répondez « non ». « Je ne sais pas » convient aussi.",
        (ConversationState.Gathering, Question.Correction) =>
            "Dites-moi simplement ce qui n'est pas juste, par exemple « depuis hier » ou « c'est toute l'équipe ». Vous pouvez aussi écrire « technicien ».",
        (ConversationState.Gathering, _) =>
            "Quelques mots suffisent. Si vous ne savez pas, répondez « je ne sais pas » et je passe à la suite.",
        (ConversationState.Confirming, _) =>
            "Répondez « oui » si mon résumé est juste, ou corrigez-moi en quelques mots, par exemple « non, depuis hier ».",
        (ConversationState.OfferingKnownErrors, _) =>
            "Après avoir essayé ces étapes, le problème est-il réglé ? Répondez « oui » ou « non » : si c'est non, j'enregistre votre demande.",
        (ConversationState.ChoosingTicket, _) =>
            "Répondez « 1 » si votre message complète votre demande en cours, ou « non » s'il s'agit d'autre chose.",
        _ => NotUnderstood,
    };

    public string Confidential(Refusals.RefusalRule rule, Tickets.Ticket ticket, string group) =>
        $"Merci de m'en avoir parlé. {Capitalize(rule!.ReasonFr)}. Je l'ai enregistré de façon confidentielle ({ticket!.TicketNumber}) : " +
        $"seuls les membres du groupe « {group} » de l'équipe support pourront le lire ; il n'apparaît pas aux autres techniciens. L'un d'eux reviendra vers vous.";

    public string MovingOn => "Ce n'est pas grave, je le note comme inconnu et je passe à la suite.";

    public string DontKnowWords => "je ne sais pas";

    public string HandingOverAfterMisses => "Pour ne pas vous faire répéter, je préfère qu'un technicien voie cela directement avec vous.";

    public string AddedAfterMisses(Tickets.Ticket ticket) =>
        $"Pour ne pas vous faire répéter, j'ai ajouté votre message à votre demande la plus récente, {ticket.TicketNumber} : le technicien le lira. S'il s'agit d'autre chose, dites-le simplement.";
}
