using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Intake;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>Everything one turn works with: the message, the conversation, the person, the language, the time, the answers.</summary>
internal sealed class DialogueTurn(InboundMessage message, Conversation conversation, RequesterProfile? profile, IPhrasebook phrases, DateTimeOffset now, TimeZoneInfo zone)
{
    public InboundMessage Message { get; } = message;

    public Conversation Conversation { get; } = conversation;

    public RequesterProfile? Profile { get; set; } = profile;

    public IPhrasebook Phrases { get; } = phrases;

    public DateTimeOffset Now { get; } = now;

    public TimeZoneInfo Zone { get; } = zone;

    public Reply Reply { get; } = new(message.From);

    public string RequesterId => Message.RequesterId;

    /// <summary>The culture name the recognizers expect.</summary>
    public string Culture => Phrases.Language == "en" ? "en-US" : "fr-FR";

    private (string Text, string Culture, ExtractedFacts Facts)? _extracted;

    /// <summary>What this text says by itself, read in this turn's language, time and zone.</summary>
    /// <remarks>
    /// Remembered for the last text: one turn reads the same words several times (the draft, its type, the person's
    /// environment), and each reading runs the date recognizer, the dearest part of understanding a message.
    /// </remarks>
    public ExtractedFacts Extract(string text)
    {
        if (_extracted is { } last && string.Equals(last.Text, text, StringComparison.Ordinal) && string.Equals(last.Culture, Culture, StringComparison.Ordinal))
        {
            return last.Facts;
        }

        var facts = FactExtractor.Extract(text, Culture, Now, Zone);
        _extracted = (text, Culture, facts);
        return facts;
    }

    /// <summary>Adds the requester's words to the transcript of the request under way.</summary>
    public void Record(string text) =>
        Conversation.Note(new JournalEntry(Now, RequesterId, JournalKind.RequesterMessage, text));

    /// <summary>Adds this turn's answers to the transcript when a request is still under way.</summary>
    public void RecordReplies()
    {
        foreach (var reply in Reply.Messages)
        {
            Conversation.Note(new JournalEntry(Now, "bot", JournalKind.ReplyToRequester, reply.Text));
        }
    }
}
