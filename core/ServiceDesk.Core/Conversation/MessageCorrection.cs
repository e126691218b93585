using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Intake;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Conversation;

/// <summary>
/// A person who edits their last message (<see cref="InboundMessage.Corrects"/>) corrects what it said; it is not a
/// new turn. During a request the facts heard replace the old ones and the pending question or reformulation is
/// asked again with them; after a request, the facts of the ticket it opened are corrected and the change journaled.
/// </summary>
/// <remarks>
/// Seed 002 §2.2 asks for the exact error message and the application concerned: a person who fixes a typo in the
/// error message they pasted must see the ticket carry the fixed one, not a second request. Only a correction of a
/// message the desk handled recently (its id among <see cref="ConversationRecord.RecentMessageIds"/>) is read so;
/// anything else is an ordinary message.
/// </remarks>
internal sealed class MessageCorrection(ITicketStore tickets)
{
    /// <summary>
    /// Within one burst, a correction replaces the text of the message it corrects (the person fixed a typo while the
    /// desk was still listening): the turn reads only the corrected words.
    /// </summary>
    public static List<InboundMessage> FoldInto(List<InboundMessage> burst)
    {
        var folded = new List<InboundMessage>(burst.Count);
        foreach (var message in burst)
        {
            var index = message.Corrects is { Length: > 0 } corrected ? folded.FindLastIndex(m => m.MessageId == corrected) : -1;
            if (index < 0)
            {
                folded.Add(message);
                continue;
            }

            folded[index] = folded[index] with { Text = message.Text };
        }

        return folded;
    }

    /// <summary>Applies the turn's message as a correction when it is one; false to handle it as an ordinary message.</summary>
    public bool TryApply(DialogueTurn turn, ConversationRecord record, string text, Interview interview)
    {
        if (turn.Message.Corrects is not { Length: > 0 } corrected || !record.RecentMessageIds.Contains(corrected) || text.Length == 0)
        {
            return false;
        }

        if (turn.Conversation.State != ConversationState.Idle)
        {
            turn.Record(text);
            var before = turn.Conversation.Draft;
            turn.Conversation.Update(d => DraftFacts.Merge(d, turn.Extract(text), overwrite: true) with
            {
                Description = Resembles(d.Description, text) ? text : d.Description,
            });
            turn.Reply.Say(DraftFacts.Same(before, turn.Conversation.Draft) ? Phrase(turn, NotedFr, NotedEn) : Phrase(turn, CorrectedFr, CorrectedEn));
            interview.AskAgain(turn);
            return true;
        }

        if (tickets.OpenTicketsOf(turn.RequesterId).LastOrDefault(t => t.Outcome == RequestOutcome.Ticket) is not { } ticket)
        {
            return false;
        }

        var updated = Correct(ticket, turn, text);
        tickets.Save(updated);
        var changed = updated.Facts != ticket.Facts;
        turn.Reply.Say(turn.Phrases.Language == "en"
            ? (changed ? $"Thank you, I have corrected request {ticket.TicketNumber} with what you wrote." : $"Thank you, I have added your correction to request {ticket.TicketNumber}.")
            : (changed ? $"Merci, j'ai corrigé la demande {ticket.TicketNumber} avec ce que vous avez écrit." : $"Merci, j'ai ajouté votre correction à la demande {ticket.TicketNumber}."));
        return true;
    }

    private static Ticket Correct(Ticket ticket, DialogueTurn turn, string text)
    {
        var said = turn.Extract(text);
        var facts = ticket.Facts;
        var journal = new JournalEntry(turn.Now, turn.RequesterId, JournalKind.RequesterMessage, $"(correction) {text}");
        return ticket.WithJournal(journal) with
        {
            Description = Resembles(ticket.Description, text) ? text : ticket.Description,
            Facts = facts with
            {
                Application = said.Application ?? facts.Application,
                ErrorMessage = said.ErrorMessage ?? facts.ErrorMessage,
                Since = said.Since ?? facts.Since,
                SinceText = said.Since is not null ? said.SinceText : facts.SinceText,
                RecentChange = said.RecentChange ?? facts.RecentChange,
                Reproducible = said.Reproducible ?? facts.Reproducible,
            },
        };
    }

    /// <summary>The correction rewrites that text (most of their words are shared), rather than answering a question.</summary>
    private static bool Resembles(string before, string after)
    {
        static HashSet<string> Words(string text) =>
            [.. TextFolding.Fold(text).Split(' ', '\n', ',', '.', ';', ':', '!', '?', '«', '»', '"').Where(w => w.Length >= 3)];
        var (a, b) = (Words(before), Words(after));
        var union = a.Union(b).Count();
        return union > 0 && a.Intersect(b).Count() * 2 >= union;
    }

    private static string Phrase(DialogueTurn turn, string french, string english) => turn.Phrases.Language == "en" ? english : french;

    private const string CorrectedFr = "Merci, c'est corrigé.";
    private const string CorrectedEn = "Thank you, that is corrected.";
    private const string NotedFr = "Merci, c'est noté.";
    private const string NotedEn = "Thank you, noted.";
}
