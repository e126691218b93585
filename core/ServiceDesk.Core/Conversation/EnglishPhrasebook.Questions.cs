namespace ServiceDesk.Core.Conversation;

/// <summary>The clarifying questions and the reformulation, in English.</summary>
public sealed partial class EnglishPhrasebook
{
    public string Ask(Question question, RequestDraft draft, RequesterProfile? profile) => question switch
    {
        Question.Environment when profile?.EnvironmentText(" running ") is { } known && !draft.EnvironmentRejected => $"Are you still on {known}?",
        Question.Environment => "Which computer are you using? Its name (on the label, e.g. PC-0423) and its system (Windows 11, macOS…), if you know them.",
        Question.Application => "Which application or device is affected?",
        Question.Since => "Since when have you had this problem?",
        Question.ErrorMessage => "Do you see an error message? If so, paste it here exactly; otherwise just answer \"no\".",
        Question.RecentChange => "Did anything change recently (an update, new equipment, a password change…)?",
        Question.Reproducible => "Does it happen every time?",
        Question.Impact => "Who is affected by this problem?",
        Question.Urgency => "And how does it affect your work?",
        Question.ForWhom => "Who is this request for: yourself, or someone else (their name)?",
        Question.ByWhen => "By when do you need it?",
        Question.Where => "Where should we install or deliver it (building, floor, office or room)?",
        Question.Benefit => "What would it change for you, and who else would benefit from it?",
        Question.Correction => WhatToCorrect,
        _ => NotUnderstood,
    };

    public IReadOnlyList<string> ChoicesFor(Question question, RequesterProfile? profile) => question switch
    {
        Question.Impact => ["Just me", "My team or a VIP", "The whole organisation"],
        Question.Urgency => ["I'm blocked", "I'm slowed down", "I can live with it for now"],
        Question.Reproducible => ["Every time", "From time to time", "Only once"],
        Question.Environment when profile?.EnvironmentText(" running ") is not null => YesNo,
        _ => [],
    };

    public string Reformulate(RequestDraft draft, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var parts = new List<string> { $"\"{Abbreviate(draft.Description, 160)}\"" };
        var facts = draft.Facts;
        if (facts.Since is { } since)
        {
            parts.Add(SincePhrase.English(since, now, zone));
        }
        else if (facts.SinceText is { Length: > 0 } sinceText)
        {
            parts.Add(SaidSince(sinceText));
        }

        AddIf(parts, facts.Application, a => $"it concerns {a}");
        AddIf(parts, facts.ErrorMessage, e => $"error message \"{e}\"");
        AddIf(parts, facts.Environment, e => $"on computer {e}");
        AddIf(parts, facts.Benefit, b => $"what it would bring: {b}");
        AddIf(parts, draft.Type == Tickets.RequestType.ServiceRequest ? draft.ForWhom : null, w => $"for {w}");
        AddIf(parts, draft.Type == Tickets.RequestType.ServiceRequest ? draft.ByWhen : null, w => $"needed {w}");
        AddIf(parts, draft.Type == Tickets.RequestType.ServiceRequest ? draft.Where : null, w => $"at {w}");
        AddIf(parts, draft.Urgency, u => u switch
        {
            Tickets.Urgency.Blocked => "you are blocked",
            Tickets.Urgency.SlowedDown => "it slows you down",
            _ => "you can live with it for now",
        });
        AddIf(parts, draft.Impact, i => i switch
        {
            Tickets.Impact.OneUser => "only you are affected",
            Tickets.Impact.TeamOrVip => "your team (or a VIP) is affected",
            _ => "the whole organisation is affected",
        });
        return $"If I understand you correctly: {string.Join("; ", parts)}. Is that right?";
    }

    // "since the migration" stays as said; other words are given as the person's own: started "after the meeting".
    private static string SaidSince(string text) =>
        text.StartsWith("since ", StringComparison.OrdinalIgnoreCase) ? text : $"started \"{text}\"";

    private static void AddIf<T>(List<string> parts, T? value, Func<T, string> render)
    {
        if (value is not null && (value is not string s || s.Length > 0))
        {
            parts.Add(render(value));
        }
    }
}
