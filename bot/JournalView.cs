namespace ServiceDesk.Bot;

/// <summary>One journal line in <c>tickets show --json</c>.</summary>
internal sealed record JournalView(DateTimeOffset At, string Actor, string Kind, string Text);
