using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Qualification;
using ServiceDesk.Core.Refusals;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>What the bot says in French (the default language). Questions and the reformulation are in the other parts.</summary>
public sealed partial class FrenchPhrasebook : IPhrasebook
{
    public string Language => "fr";

    public IReadOnlyList<string> YesNo { get; } = ["Oui", "Non"];

    public string WhatToCorrect => "Pardon ! Qu'est-ce que je dois corriger ?";

    public string NotUnderstood => "Je n'ai pas bien saisi votre réponse. Pouvez-vous répondre par le numéro ou en quelques mots ?";

    public string Greeting => "Bonjour ! Je suis l'assistant du service informatique. Décrivez-moi votre problème ou votre demande, avec vos mots.";

    public string Acknowledge(RequestType type) => type switch
    {
        RequestType.ServiceRequest => "Merci pour votre demande, je m'en occupe.",
        RequestType.UsageQuestion => "Bonne question, je regarde ça avec vous.",
        RequestType.ChangeRequest => "Merci pour cette suggestion, j'apprécie que vous ayez pris le temps de nous écrire.",
        _ => "Je suis désolé pour ce désagrément, je m'en occupe.",
    };

    public string TicketOpened(Ticket ticket, SlaTarget target, KnownErrorSuggestion? workaround)
    {
        var text = $"C'est noté : votre demande {ticket.TicketNumber} est enregistrée, priorité {ticket.Priority}. ";
        text += ticket.Type == RequestType.Incident
            ? "Je ne peux pas encore vous donner de délai précis : il faut d'abord en trouver la cause. "
            : "";
        text += ticket.Type == RequestType.ServiceRequest
            ? "Ce délai peut varier selon la disponibilité du matériel ou des licences et, pour un achat ou un logiciel, la validation de votre responsable ; le technicien vous dira s'il faut une demande écrite. "
            : "";
        text += $"Notre engagement pour cette priorité : résolution visée sous {Duration(target.Resolution)}, au plus tard sous {Duration(target.Maximum)}. ";
        if (workaround is not null)
        {
            text += $"En attendant, une solution provisoire (ce n'est pas la solution définitive) : {string.Join(" ; ", workaround.Steps)}. ";
        }

        return text + "Un technicien reprendra cette conversation ici même ; vous pouvez me demander « où en est ma demande ? » à tout moment.";
    }

    public string AnythingElse => "Y a-t-il autre chose que je puisse faire pour vous ?";

    public string Goodbye => "Je vous en prie ! Bonne journée, et n'hésitez pas à revenir vers moi.";

    public string OpenTickets(IReadOnlyList<Ticket> tickets) =>
        (tickets.Count == 1 ? "Votre demande :\n" : "Vos demandes en cours :\n") + string.Join('\n', tickets.Select(t =>
            $"{t.TicketNumber} — « {Abbreviate(t.Description)} » — {StatusName(t.Status)}" + (t.Priority is { } p ? $", priorité {p}" : "")));

    public string NoOpenTicket => "Vous n'avez aucune demande en cours. Que puis-je faire pour vous ?";

    public string NotAmongYourTickets(TicketNumber number) =>
        $"Je ne trouve pas de demande {number} parmi les vôtres. Vérifiez le numéro, ou écrivez « statut » pour voir vos demandes en cours.";

    public string IsItAbout(IReadOnlyList<Ticket> tickets) => tickets.Count == 1
        ? $"Vous avez déjà une demande en cours : {tickets[0].TicketNumber} « {Abbreviate(tickets[0].Description)} ». Votre message concerne-t-il cette demande ?"
        : "Vous avez déjà des demandes en cours. Votre message concerne-t-il l'une d'elles ?";

    public IReadOnlyList<string> TicketChoices(IReadOnlyList<Ticket> tickets) =>
        [.. tickets.Select(t => $"Oui, la demande {t.TicketNumber} ({Abbreviate(t.Description, 40)})"), "Non, c'est une nouvelle demande"];

    public string AddedToTicket(Ticket ticket) =>
        $"C'est ajouté à votre demande {ticket.TicketNumber}, et le technicien en sera informé. Merci pour ces précisions.";

    public string KnownErrors(IReadOnlyList<KnownErrorSuggestion> suggestions) =>
        $"C'est un problème connu ({suggestions[0].Title}) ; voici ce qui le résout le plus souvent :\n" +
        string.Join('\n', suggestions[0].Steps.Select(step => "   – " + step)) +
        (suggestions.Count > 1 ? "\nSi ce n'est pas tout à fait ça, autres pistes : " + string.Join(" ; ", suggestions.Skip(1).Select(s => $"« {s.Title} »")) + "." : "") +
        "\nEst-ce que cela a résolu votre problème ?";

    public string SolvedBySelfService(Ticket record) =>
        $"Très bien, ravi que ce soit réglé ! Je l'enregistre comme résolu ({record.TicketNumber}).";

    public string Empathy =>
        "Je comprends votre agacement, et je suis sincèrement désolé pour ce problème. " +
        "Si vous préférez parler tout de suite à un technicien, écrivez simplement « technicien ».";

    public string HandedOver(Ticket ticket) =>
        $"Bien sûr. J'ai transmis votre demande {ticket.TicketNumber} à l'équipe technique : un technicien va reprendre cette conversation ici même. " +
        "Je ne peux pas vous dire exactement quand, mais votre demande ne sera pas oubliée.";

    public string Refused(RefusalRule rule) => rule.Kind == RefusalKind.Confidential
        ? $"Merci de m'en avoir parlé. {Capitalize(rule.ReasonFr)} : {rule.AlternativeFr}."
        : $"Merci pour votre demande, j'apprécie que vous ayez pris le temps de l'écrire. Je ne vais malheureusement pas pouvoir y donner suite : {rule.ReasonFr}. " +
          $"Je vous propose plutôt {rule.AlternativeFr}. Cela vous conviendrait-il ?";

    public string Surge(int waiting, TimeSpan? typicalWait) =>
        $"J'ai bien reçu votre message. Nous avons beaucoup de demandes en ce moment ({waiting} en attente)" +
        (typicalWait is { } w ? $" : une nouvelle demande attend actuellement environ {Duration(w)} avant d'être prise en charge." : ".");

    public string Cancelled => "C'est annulé. N'hésitez pas à revenir vers moi si besoin.";

    public string NothingToCancel => "Il n'y a rien en cours à annuler. Que puis-je faire pour vous ?";

    public string EmptyMessage => "Votre message m'est parvenu vide. Pouvez-vous me le réécrire ?";

    public string TruncatedMessage(int keptCharacters) =>
        $"Votre message était très long : j'en ai gardé les {keptCharacters} premiers caractères.";

    public string StatusName(TicketStatus status) => status switch
    {
        TicketStatus.New => "nouvelle, en attente de prise en charge",
        TicketStatus.Assigned => "prise en charge",
        TicketStatus.InProgress => "en cours de traitement",
        TicketStatus.AwaitingUser => "en attente de votre retour",
        TicketStatus.Resolved => "résolue, en attente de votre confirmation",
        TicketStatus.Closed => "clôturée",
        _ => status.ToString(),
    };

    private static string Duration(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => "moins d'une minute",
        { TotalMinutes: < 60 } => $"{Math.Round(span.TotalMinutes)} minutes",
        { TotalHours: < 1.5 } => "1 heure",
        { TotalHours: <= 48 } => $"{Math.Round(span.TotalHours)} heures",
        _ => $"{Math.Round(span.TotalDays)} jours",
    };

    private static string Abbreviate(string text, int length = 80) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
