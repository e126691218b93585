using LiteDB;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// A <see cref="ConversationRecord"/> to and from its LiteDB document, by hand: the same document LiteDB's mapper wrote
/// (<see cref="ServiceDeskDatabase.CreateMapper"/>: the member names as field names, the id as <c>_id</c>, enums as their
/// names, null members left out, empty strings kept, a date as its UTC instant), so files written before read back the
/// same and files written now read back with the mapper too.
/// </summary>
/// <remarks>
/// The record is read and written at every message. LiteDB's mapper does it by reflection (property getters and setters
/// through delegates, a type lookup and a boxed value per member, a list built through its interface): 0.28 ms and 78 kB
/// per message in the desk bench, for a few dozen fields. A field the record no longer has is ignored, and one it does
/// not find keeps the record's default, as with the mapper; an enum stored as a number (the mapper reads both) is read too.
/// </remarks>
internal static class ConversationDocument
{
    public static BsonDocument From(ConversationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var document = new BsonDocument
        {
            ["_id"] = record.Id,
            ["State"] = record.State.ToString(),
        };
        Put(document, "Language", record.Language);
        if (record.Draft is { } draft)
        {
            document["Draft"] = From(draft);
        }

        PutStrings(document, "RecentMessageIds", record.RecentMessageIds);
        if (record.LastAnswer is { } answers)
        {
            var array = new BsonArray();
            foreach (var answer in answers)
            {
                var saved = new BsonDocument();
                Put(saved, "Text", answer.Text);
                PutStrings(saved, "Choices", answer.Choices);
                array.Add(saved);
            }

            document["LastAnswer"] = array;
        }

        PutStrings(document, "LastAnswerTo", record.LastAnswerTo);
        document["UpdatedAt"] = Date(record.UpdatedAt);
        return document;
    }

    public static ConversationRecord? To(BsonDocument? document)
    {
        if (document is null)
        {
            return null;
        }

        var record = new ConversationRecord();
        return record with
        {
            Id = document.TryGetValue("_id", out var id) && id.IsString ? id.AsString : record.Id,
            State = Enum(document, "State", record.State),
            Language = String(document, "Language") ?? record.Language,
            Draft = Get(document, "Draft") is { IsDocument: true } draft ? ToDraft(draft.AsDocument) : record.Draft,
            RecentMessageIds = StringList(document, "RecentMessageIds") ?? record.RecentMessageIds,
            LastAnswer = Get(document, "LastAnswer") is { IsArray: true } answers ? ToAnswers(answers.AsArray) : record.LastAnswer,
            LastAnswerTo = StringList(document, "LastAnswerTo") ?? record.LastAnswerTo,
            UpdatedAt = DateOf(document, "UpdatedAt") ?? record.UpdatedAt,
        };
    }

    private static BsonDocument From(RequestDraft draft)
    {
        var document = new BsonDocument();
        Put(document, "DraftId", draft.DraftId);
        Put(document, "Description", draft.Description);
        document["Type"] = draft.Type.ToString();
        if (draft.Impact is { } impact)
        {
            document["Impact"] = impact.ToString();
        }

        if (draft.Urgency is { } urgency)
        {
            document["Urgency"] = urgency.ToString();
        }

        if (draft.Facts is { } facts)
        {
            document["Facts"] = From(facts);
        }

        document["Pending"] = draft.Pending.ToString();
        if (draft.Asked is { } asked)
        {
            var array = new BsonArray();
            foreach (var question in asked)
            {
                array.Add(question.ToString());
            }

            document["Asked"] = array;
        }

        document["EnvironmentRejected"] = draft.EnvironmentRejected;
        document["EmpathyShown"] = draft.EmpathyShown;
        Put(document, "MissedPrompt", draft.MissedPrompt);
        document["Misses"] = draft.Misses;
        Put(document, "ForWhom", draft.ForWhom);
        Put(document, "ByWhen", draft.ByWhen);
        Put(document, "Where", draft.Where);
        if (draft.CandidateTickets is { } candidates)
        {
            var array = new BsonArray();
            foreach (var number in candidates)
            {
                array.Add(number);
            }

            document["CandidateTickets"] = array;
        }

        PutStrings(document, "OfferedArticles", draft.OfferedArticles);
        if (draft.Transcript is { } transcript)
        {
            var array = new BsonArray();
            foreach (var entry in transcript)
            {
                var line = new BsonDocument { ["At"] = Date(entry.At) };
                Put(line, "Actor", entry.Actor);
                line["Kind"] = entry.Kind.ToString();
                Put(line, "Text", entry.Text);
                array.Add(line);
            }

            document["Transcript"] = array;
        }

        return document;
    }

    private static BsonDocument From(TicketFacts facts)
    {
        var document = new BsonDocument();
        if (facts.Since is { } since)
        {
            document["Since"] = Date(since);
        }

        Put(document, "SinceText", facts.SinceText);
        Put(document, "Application", facts.Application);
        Put(document, "ErrorMessage", facts.ErrorMessage);
        Put(document, "Environment", facts.Environment);
        Put(document, "RecentChange", facts.RecentChange);
        if (facts.Reproducible is { } reproducible)
        {
            document["Reproducible"] = reproducible;
        }

        Put(document, "ForWhom", facts.ForWhom);
        Put(document, "ByWhen", facts.ByWhen);
        Put(document, "Where", facts.Where);
        Put(document, "Benefit", facts.Benefit);
        return document;
    }

    private static RequestDraft ToDraft(BsonDocument document)
    {
        var draft = new RequestDraft();
        return draft with
        {
            DraftId = String(document, "DraftId") ?? draft.DraftId,
            Description = String(document, "Description") ?? draft.Description,
            Type = Enum(document, "Type", draft.Type),
            Impact = NullableEnum<Impact>(document, "Impact"),
            Urgency = NullableEnum<Urgency>(document, "Urgency"),
            Facts = Get(document, "Facts") is { IsDocument: true } facts ? ToFacts(facts.AsDocument) : draft.Facts,
            Pending = Enum(document, "Pending", draft.Pending),
            Asked = Get(document, "Asked") is { IsArray: true } asked ? EnumList<Question>(asked.AsArray) : draft.Asked,
            EnvironmentRejected = Bool(document, "EnvironmentRejected") ?? draft.EnvironmentRejected,
            EmpathyShown = Bool(document, "EmpathyShown") ?? draft.EmpathyShown,
            MissedPrompt = String(document, "MissedPrompt"),
            Misses = Get(document, "Misses") is { IsNumber: true } misses ? misses.AsInt32 : draft.Misses,
            ForWhom = String(document, "ForWhom"),
            ByWhen = String(document, "ByWhen"),
            Where = String(document, "Where"),
            CandidateTickets = Get(document, "CandidateTickets") is { IsArray: true } candidates ? Numbers(candidates.AsArray) : draft.CandidateTickets,
            OfferedArticles = StringList(document, "OfferedArticles") ?? draft.OfferedArticles,
            Transcript = Get(document, "Transcript") is { IsArray: true } transcript ? ToTranscript(transcript.AsArray) : draft.Transcript,
        };
    }

    private static TicketFacts ToFacts(BsonDocument document) => new()
    {
        Since = DateOf(document, "Since"),
        SinceText = String(document, "SinceText"),
        Application = String(document, "Application"),
        ErrorMessage = String(document, "ErrorMessage"),
        Environment = String(document, "Environment"),
        RecentChange = String(document, "RecentChange"),
        Reproducible = Bool(document, "Reproducible"),
        ForWhom = String(document, "ForWhom"),
        ByWhen = String(document, "ByWhen"),
        Where = String(document, "Where"),
        Benefit = String(document, "Benefit"),
    };

    private static List<JournalEntry> ToTranscript(BsonArray array)
    {
        var entries = new List<JournalEntry>(array.Count);
        foreach (var item in array)
        {
            if (!item.IsDocument)
            {
                continue;
            }

            var line = item.AsDocument;
            // The mapper built the entry through its constructor, a missing field giving the parameter's default.
            entries.Add(new JournalEntry(DateOf(line, "At") ?? default, String(line, "Actor")!, Enum(line, "Kind", default(JournalKind)), String(line, "Text")!));
        }

        return entries;
    }

    private static List<SavedReply> ToAnswers(BsonArray array)
    {
        var answers = new List<SavedReply>(array.Count);
        foreach (var item in array)
        {
            if (!item.IsDocument)
            {
                continue;
            }

            var saved = new SavedReply();
            answers.Add(saved with
            {
                Text = String(item.AsDocument, "Text") ?? saved.Text,
                Choices = StringList(item.AsDocument, "Choices") ?? saved.Choices,
            });
        }

        return answers;
    }

    private static BsonValue? Get(BsonDocument document, string field) =>
        document.TryGetValue(field, out var value) && !value.IsNull ? value : null;

    private static void Put(BsonDocument document, string field, string? value)
    {
        if (value is not null)
        {
            document[field] = value;
        }
    }

    private static string? String(BsonDocument document, string field) => Get(document, field) is { IsString: true } value ? value.AsString : null;

    private static bool? Bool(BsonDocument document, string field) => Get(document, field) is { IsBoolean: true } value ? value.AsBoolean : null;

    // What LiteDB's mapper stores for a DateTimeOffset (its registered type): the UTC instant, read back in UTC.
    private static BsonValue Date(DateTimeOffset value) => new(value.UtcDateTime);

    private static DateTimeOffset? DateOf(BsonDocument document, string field) =>
        Get(document, field) is { IsDateTime: true } value ? value.AsDateTime.ToUniversalTime() : null;

    private static void PutStrings(BsonDocument document, string field, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        var array = new BsonArray();
        foreach (var value in values)
        {
            array.Add(value is null ? BsonValue.Null : new BsonValue(value));
        }

        document[field] = array;
    }

    private static List<string>? StringList(BsonDocument document, string field)
    {
        if (Get(document, field) is not { IsArray: true } value)
        {
            return null;
        }

        var array = value.AsArray;
        var list = new List<string>(array.Count);
        foreach (var item in array)
        {
            list.Add(item.IsString ? item.AsString : null!);
        }

        return list;
    }

    private static List<int> Numbers(BsonArray array)
    {
        var list = new List<int>(array.Count);
        foreach (var item in array)
        {
            list.Add(item.IsNumber ? item.AsInt32 : 0);
        }

        return list;
    }

    private static T Enum<T>(BsonDocument document, string field, T fallback)
        where T : struct, System.Enum => Get(document, field) is { } value && EnumOf<T>(value) is { } read ? read : fallback;

    private static T? NullableEnum<T>(BsonDocument document, string field)
        where T : struct, System.Enum => Get(document, field) is { } value ? EnumOf<T>(value) : null;

    private static List<T> EnumList<T>(BsonArray array)
        where T : struct, System.Enum
    {
        var list = new List<T>(array.Count);
        foreach (var item in array)
        {
            list.Add(EnumOf<T>(item) ?? default);
        }

        return list;
    }

    // The mapper writes an enum's name (EnumAsInteger = false) and reads a name or a number.
    private static T? EnumOf<T>(BsonValue value)
        where T : struct, System.Enum =>
        value.IsString ? System.Enum.Parse<T>(value.AsString)
        : value.IsNumber ? (T)System.Enum.ToObject(typeof(T), value.AsInt32)
        : null;
}
