using ServiceDesk.Core.Intake;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// Puts what a message said into the draft: only into empty places normally (never ask again, never lose
/// an answer), or over them for a correction ("non, depuis hier").
/// </summary>
internal static class DraftFacts
{
    public static RequestDraft Merge(RequestDraft draft, ExtractedFacts said, bool overwrite)
    {
        T? Pick<T>(T? current, T? heard) => overwrite ? heard ?? current : current ?? heard;
        var facts = draft.Facts;
        var environment = EnvironmentOf(said);
        return draft with
        {
            Impact = Pick(draft.Impact, said.Impact),
            Urgency = Pick(draft.Urgency, said.Urgency),
            ForWhom = Pick(draft.ForWhom, said.ForWhom),
            ByWhen = Pick(draft.ByWhen, said.ByWhen),
            Where = Pick(draft.Where, said.Where),
            Facts = facts with
            {
                Application = Pick(facts.Application, said.Application),
                ErrorMessage = Pick(facts.ErrorMessage, said.ErrorMessage),
                Since = said.Since is not null && (overwrite || facts.Since is null) ? said.Since : facts.Since,
                SinceText = said.Since is not null && (overwrite || facts.Since is null) ? said.SinceText : facts.SinceText,
                RecentChange = Pick(facts.RecentChange, said.RecentChange),
                Reproducible = Pick(facts.Reproducible, said.Reproducible),
                Environment = Pick(facts.Environment, environment),
            },
        };
    }

    /// <summary>True when a correction changed nothing the bot understood.</summary>
    public static bool Same(RequestDraft before, RequestDraft after) =>
        before.Impact == after.Impact && before.Urgency == after.Urgency && before.Facts == after.Facts
        && before.ForWhom == after.ForWhom && before.ByWhen == after.ByWhen && before.Where == after.Where;

    private static string? EnvironmentOf(ExtractedFacts said) => (said.Workstation, said.OperatingSystem) switch
    {
        ({ } w, { } os) => $"{w}, {os}",
        ({ } w, null) => w,
        (null, { } os) => os,
        _ => null,
    };
}
