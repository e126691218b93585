using System.Globalization;
using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Intake;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Technicians;

namespace ServiceDesk.Core.Outages;

/// <summary>
/// The requester's side of major incidents. Someone who writes about a service while an outage is open gets, as the
/// first answer, that it is known, what is affected and what the desk is doing, with two numbered choices: "ce n'est
/// pas ça" (their message then goes on to the normal conversation) and "prévenez-moi". Their report becomes a line in
/// the outage's list instead of a new incident, and they get no surge notice: the outage answer is the whole answer.
/// After the resolution, their "oui"/"non" to "does it work again?" is read here too.
/// </summary>
/// <remarks>
/// Called by the <see cref="DeskRouter"/> before the bot's dialogue, in the turn's transaction. Each person has a row of
/// their own (<see cref="OutagePerson"/>), so turns of different people never write the same record; the outage itself
/// is written only by technicians' commands and by the room's counters (<see cref="Tick"/>).
/// </remarks>
public sealed class OutageDesk(IOutageStore outages, IConversationStore conversations, TechnicianDeskServices desk, OutageOptions options)
{
    /// <summary>
    /// Reads the burst first when it is about an outage. Null: not for outages, the dialogue takes the burst as it is.
    /// Empty: answered here. Otherwise the messages the dialogue should read instead (the person's report, after
    /// "ce n'est pas ça" or "toujours pas"), with what was said here already in <paramref name="replies"/>.
    /// </summary>
    public IReadOnlyList<InboundMessage>? Intercept(IReadOnlyList<InboundMessage> burst, DateTimeOffset now, bool dialogueIdle, DeskReplies replies)
    {
        ArgumentNullException.ThrowIfNull(burst);
        ArgumentNullException.ThrowIfNull(replies);
        var message = burst[^1];
        var from = message.From;
        var personId = message.RequesterId;
        var text = string.Join("\n", burst.Select(m => (m.Text ?? "").Trim())).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var active = Active(now);
        if (active.Count == 0)
        {
            return null;
        }

        var rows = active.Select(o => (Outage: o, Person: outages.FindPerson(o.Number, personId))).Where(r => r.Person is not null).ToList();
        if (rows.FirstOrDefault(r => r.Person!.State == OutagePersonState.Asked) is { Outage: { } asked, Person: { } askedPerson })
        {
            return Choose(asked, askedPerson, message, text, now, replies);
        }

        if (!dialogueIdle)
        {
            return null;
        }

        if (rows.FirstOrDefault(r => r.Person!.State == OutagePersonState.Confirming) is { Outage: { } resolved, Person: { } confirming }
            && OutageWords.ReadConfirmation(text, confirming.Language) is { } works)
        {
            return Confirm(resolved, confirming, works, message, now, replies);
        }

        var folded = TextFolding.Fold(text);
        foreach (var outage in active.Where(o => o.IsOpen && ServiceVocabulary.Mentions(folded, o.Words)))
        {
            var person = rows.FirstOrDefault(r => r.Outage.Number == outage.Number).Person;
            if (person is { State: OutagePersonState.Declined })
            {
                continue;
            }

            if (person is not null)
            {
                replies.Add(from, OutageWords.StillKnown(outage, person.Language));
                return [];
            }

            var language = LanguageDetector.Detect(text) ?? message.Language switch { "fr" or "en" => message.Language, _ => null }
                ?? conversations.Find(personId)?.Language ?? "fr";
            outages.SavePerson(new OutagePerson
            {
                Outage = outage.Number, PersonId = personId, Channel = from.Channel, Address = from.Value,
                Language = language, Report = text, At = now, State = OutagePersonState.Asked,
            });
            replies.AddRange([new OutboundMessage(from, OutageWords.Known(outage, language, Since(outage.OpenedAt, now, language)))
            {
                Choices = OutageWords.KnownChoiceLabels(language),
            }]);
            return [];
        }

        return null;
    }

    /// <summary>Whether this person's next words answer an outage's question (then the bot answers at once, without waiting for more).</summary>
    public bool Asks(ChannelAddress from, DateTimeOffset now) =>
        Active(now).Any(o => outages.FindPerson(o.Number, from.ToString()) is { State: OutagePersonState.Asked or OutagePersonState.Confirming });

    /// <summary>
    /// The technicians' room sees one line per outage: posted when it opens, then its counters again only when they
    /// changed and <see cref="OutageOptions.SummaryEvery"/> has passed since the last ones, never a line per report.
    /// </summary>
    public IReadOnlyList<OutboundMessage> Tick(DateTimeOffset now)
    {
        var messages = new List<OutboundMessage>();
        foreach (var outage in outages.Unresolved())
        {
            if (outage.SummaryPostedAt is { } last && now - last < options.SummaryEvery)
            {
                continue;
            }

            var counters = OutageCounters.Of(outage, outages);
            if (counters.People == outage.SummaryPeople)
            {
                continue;
            }

            outages.Save(outage with { SummaryPostedAt = now, SummaryPeople = counters.People });
            var line = $"{outage.Name} {outage.Service} : {counters.RoomLine()} — /outage report {outage.Name}";
            messages.AddRange(desk.Options.Rooms.Select(room => new OutboundMessage(room, line)));
        }

        return messages;
    }

    /// <summary>"9 h 05" / "09:05" today, else with the date.</summary>
    public string Since(DateTimeOffset at, DateTimeOffset now, string language)
    {
        var zone = desk.Options.Zone();
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date == local.Date;
        var english = language == "en";
        var time = english ? local.ToString("HH:mm", CultureInfo.InvariantCulture) : local.ToString("H' h 'mm", CultureInfo.InvariantCulture);
        return today ? time : english ? local.ToString("dd/MM", CultureInfo.InvariantCulture) + " " + time : "le " + local.ToString("dd/MM", CultureInfo.InvariantCulture) + " à " + time;
    }

    /// <summary>Open outages, and those resolved recently enough for their confirmation question to stand.</summary>
    private List<Outage> Active(DateTimeOffset now) =>
        [.. outages.Current(now - options.ConfirmationWindow).OrderBy(o => o.Status == OutageStatus.Resolved).ThenBy(o => o.Number)];

    private IReadOnlyList<InboundMessage>? Choose(Outage outage, OutagePerson person, InboundMessage message, string text, DateTimeOffset now, DeskReplies replies)
    {
        var culture = person.Language == "en" ? "en-US" : "fr-FR";
        switch (ChoiceRecognizer.Recognize(text, OutageWords.KnownChoices, culture))
        {
            case 0:
                // Seed 001: a person whose trouble is something else must not be kept waiting on the outage.
                outages.SavePerson(person with { State = OutagePersonState.Declined, At = now });
                replies.Add(message.From, OutageWords.Declined(person.Language));
                return [message with { Text = person.Report }];
            case 1:
                outages.SavePerson(person with { State = OutagePersonState.Linked, Subscribed = true });
                replies.Add(message.From, OutageWords.Subscribed(outage, person.Language));
                return [];
            default:
                // Anything else: they stay linked (and told), and their words go on to the normal conversation.
                outages.SavePerson(person with { State = OutagePersonState.Linked });
                return ServiceVocabulary.Mentions(TextFolding.Fold(text), outage.Words) && outage.IsOpen
                    ? Answered(replies, message.From, OutageWords.StillKnown(outage, person.Language))
                    : null;
        }
    }

    private IReadOnlyList<InboundMessage> Confirm(Outage outage, OutagePerson person, bool works, InboundMessage message, DateTimeOffset now, DeskReplies replies)
    {
        if (works)
        {
            outages.SavePerson(person with { State = OutagePersonState.Confirmed, At = now });
            replies.Add(message.From, OutageWords.Thanks(person.Language));
            return [];
        }

        // Still broken for them after the outage: a request of their own, which the conversation takes from their report.
        outages.SavePerson(person with { State = OutagePersonState.StillBroken, At = now });
        replies.Add(message.From, OutageWords.StillBroken(person.Language));
        return [message with { Text = $"{person.Report} ({(person.Language == "en" ? "still not working after" : "toujours en panne après")} {outage.Name})" }];
    }

    private static List<InboundMessage> Answered(DeskReplies replies, ChannelAddress to, string text)
    {
        replies.Add(to, text);
        return [];
    }
}
