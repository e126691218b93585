using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Which fact to ask next: the first one still missing and not yet asked, in the order a level-1 technician
/// asks them (seed 003: début de l'incident, applications/matériels concernés, description, impact; seed 002
/// §2.2: the environment). A service request asks what, for whom, by when and where instead.
/// </summary>
internal static class QuestionPlan
{
    private static readonly Question[] Incident =
        [Question.Application, Question.Since, Question.ErrorMessage, Question.RecentChange, Question.Reproducible, Question.Environment, Question.Impact, Question.Urgency];

    private static readonly Question[] Service = [Question.ForWhom, Question.ByWhen, Question.Where];

    private static readonly Question[] Usage = [Question.Application];

    // An evolution request is weighed by what it brings and to how many (seed 003: demande d'évolution).
    private static readonly Question[] Change = [Question.Application, Question.Benefit, Question.Impact];

    public static Question Next(RequestDraft draft) =>
        Order(draft.Type).FirstOrDefault(q => !draft.WasAsked(q) && IsMissing(q, draft), Question.None);

    private static Question[] Order(RequestType type) => type switch
    {
        RequestType.Incident => Incident,
        RequestType.ServiceRequest => Service,
        RequestType.UsageQuestion => Usage,
        RequestType.ChangeRequest => Change,
        _ => [],
    };

    private static bool IsMissing(Question question, RequestDraft draft) => question switch
    {
        Question.Application => draft.Facts.Application is null,
        Question.Since => draft.Facts.Since is null && draft.Facts.SinceText is null,
        Question.ErrorMessage => draft.Facts.ErrorMessage is null,
        Question.RecentChange => draft.Facts.RecentChange is null,
        Question.Reproducible => draft.Facts.Reproducible is null,
        Question.Environment => draft.Facts.Environment is null,
        Question.Impact => draft.Impact is null,
        Question.Urgency => draft.Urgency is null,
        Question.ForWhom => draft.ForWhom is null,
        Question.ByWhen => draft.ByWhen is null,
        Question.Where => draft.Where is null,
        Question.Benefit => draft.Facts.Benefit is null,
        _ => false,
    };
}
