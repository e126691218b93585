using TextJson = System.Text.Json.JsonSerializer;
using LiteDB;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// The conversation record mapped by hand (<see cref="ConversationDocument"/>) is the document LiteDB's mapper wrote: a
/// file written before reads back the same, and one written now reads back the same through the mapper.
/// </summary>
public sealed class ConversationDocumentTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 15, 30, 123, TimeSpan.FromHours(1));

    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-conversation-").FullName;

    public static TheoryData<string> Records() => [.. Samples.Keys];

    private static readonly Dictionary<string, ConversationRecord> Samples = new(StringComparer.Ordinal)
    {
        ["new"] = new ConversationRecord { Id = "xmpp:new@example.org" },
        ["every field"] = new ConversationRecord
        {
            Id = "xmpp:alice@example.org",
            State = ConversationState.Confirming,
            Language = "en",
            Draft = new RequestDraft
            {
                DraftId = "4c1f0e",
                Description = "Outlook affiche « Mot de passe incorrect »",
                Type = RequestType.ServiceRequest,
                Impact = Impact.TeamOrVip,
                Urgency = Urgency.Blocked,
                Facts = new TicketFacts
                {
                    Since = Monday.AddDays(-2),
                    SinceText = "depuis lundi",
                    Application = "Outlook",
                    ErrorMessage = "",
                    Environment = "PC-0042, Windows 11",
                    RecentChange = "mot de passe changé",
                    Reproducible = false,
                    ForWhom = "l'équipe",
                    ByWhen = "vendredi",
                    Where = "salle 3",
                    Benefit = "moins d'appels",
                },
                Pending = Question.Urgency,
                Asked = [Question.Impact, Question.Urgency],
                EnvironmentRejected = true,
                EmpathyShown = true,
                MissedPrompt = "Gathering:Impact",
                Misses = 2,
                ForWhom = "moi",
                ByWhen = "demain",
                Where = "",
                CandidateTickets = [12, 7],
                OfferedArticles = ["KB-outlook-password"],
                Transcript =
                [
                    new JournalEntry(Monday, "xmpp:alice@example.org", JournalKind.RequesterMessage, "Bonjour, depuis lundi…"),
                    new JournalEntry(Monday.AddSeconds(1), "bot", JournalKind.ReplyToRequester, "Merci, c'est noté.\n1. Oui\n2. Non"),
                ],
            },
            RecentMessageIds = ["m1", "m2", ""],
            LastAnswer = [new SavedReply { Text = "Est-ce bloquant ?", Choices = ["bloqué", "gêné"] }, new SavedReply()],
            LastAnswerTo = ["m2"],
            UpdatedAt = Monday.AddMinutes(3),
        },
        ["nulls and empties"] = new ConversationRecord
        {
            Id = "slack:T1/U2",
            Language = "",
            Draft = new RequestDraft { Description = "", Facts = new TicketFacts { SinceText = "" }, Transcript = [new JournalEntry(default, "", JournalKind.RequesterMessage, "")] },
        },
    };

    /// <summary>
    /// The "every field" sample sets every member the record and its parts can hold, so that a member added later and
    /// not written by <see cref="ConversationDocument"/> (it would be lost at the next save) fails the comparisons below:
    /// whoever adds one must add it to the sample first.
    /// </summary>
    [Fact]
    public void EveryFieldSample_SetsEveryMemberOfTheRecordAndItsParts()
    {
        var record = Samples["every field"];
        var draft = record.Draft!;
        object[] parts = [record, draft, draft.Facts!, record.LastAnswer![0], draft.Transcript[1]];

        var unset = parts
            .SelectMany(part => part.GetType().GetProperties()
                .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                .Where(p => IsDefault(p.GetValue(part), p.PropertyType))
                .Select(p => $"{part.GetType().Name}.{p.Name}"))
            .ToList();

        Assert.Empty(unset);
    }

    private static bool IsDefault(object? value, Type type) =>
        value is null || (type.IsValueType && Nullable.GetUnderlyingType(type) is null && value.Equals(Activator.CreateInstance(type)));

    [Theory]
    [MemberData(nameof(Records))]
    public void Document_IsTheOneLiteDbsMapperWrites(string name)
    {
        var record = Samples[name];

        var byHand = ConversationDocument.From(record);
        var byMapper = ServiceDeskDatabase.CreateMapper().ToDocument(record);

        Assert.Equal(Canonical(byMapper), Canonical(byHand));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void MapperDocument_ReadsBackAsTheMapperReadsIt(string name)
    {
        var mapper = ServiceDeskDatabase.CreateMapper();
        var document = mapper.ToDocument(Samples[name]);

        var byHand = ConversationDocument.To(document);
        var byMapper = mapper.ToObject<ConversationRecord>(document);

        Assert.Equal(Json(byMapper), Json(byHand));
    }

    [Fact]
    public void FileWrittenThroughTheMapper_ReadsBackTheSame()
    {
        var path = Path.Combine(_folder, "servicedesk.db");
        using (var before = new ServiceDeskDatabase(path))
        {
            // How the store wrote conversations before: LiteDB's mapper on a typed collection.
            foreach (var record in Samples.Values)
            {
                before.Write(() => before.Collection<ConversationRecord>("conversations").Upsert(record));
            }
        }

        using var database = new ServiceDeskDatabase(path);
        var store = new ConversationStore(database);
        foreach (var record in Samples.Values)
        {
            var mapped = database.Read(() => database.Collection<ConversationRecord>("conversations").FindById(record.Id));
            Assert.Equal(Json(mapped), Json(store.Find(record.Id)));
            Assert.Equal(Json(Stored(record)), Json(store.Find(record.Id)));
        }
    }

    [Fact]
    public void FileWrittenByHand_ReadsBackTheSameThroughTheMapper()
    {
        var path = Path.Combine(_folder, "servicedesk.db");
        using (var now = new ServiceDeskDatabase(path))
        {
            var store = new ConversationStore(now);
            foreach (var record in Samples.Values)
            {
                store.Save(record);
            }
        }

        using var database = new ServiceDeskDatabase(path);
        foreach (var record in Samples.Values)
        {
            var mapped = database.Read(() => database.Collection<ConversationRecord>("conversations").FindById(record.Id));
            Assert.Equal(Json(Stored(record)), Json(mapped));
            Assert.Equal(Json(mapped), Json(new ConversationStore(database).Find(record.Id)));
        }
    }

    [Fact]
    public void EnumStoredAsANumber_IsReadAsTheMapperReadsIt()
    {
        var document = ConversationDocument.From(Samples["every field"]);
        document["State"] = (int)ConversationState.Gathering;
        document["Draft"]["Pending"] = (int)Question.Impact;

        var byHand = ConversationDocument.To(document)!;

        Assert.Equal(ConversationState.Gathering, byHand.State);
        Assert.Equal(Question.Impact, byHand.Draft.Pending);
        Assert.Equal(Json(ServiceDeskDatabase.CreateMapper().ToObject<ConversationRecord>(document)), Json(byHand));
    }

    [Fact]
    public void UnknownAndMissingFields_AreIgnoredAndKeepTheDefaults()
    {
        var document = new BsonDocument { ["_id"] = "xmpp:old@example.org", ["Obsolete"] = "from an older version", ["Draft"] = new BsonDocument { ["Gone"] = 1 } };

        var byHand = ConversationDocument.To(document)!;

        Assert.Equal(Json(ServiceDeskDatabase.CreateMapper().ToObject<ConversationRecord>(document)), Json(byHand));
        Assert.Equal("fr", byHand.Language);
        Assert.Empty(byHand.RecentMessageIds);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A date is stored to the millisecond, as an instant: what a record reads back as.
    private static ConversationRecord Stored(ConversationRecord record) =>
        ServiceDeskDatabase.CreateMapper().ToObject<ConversationRecord>(ServiceDeskDatabase.CreateMapper().ToDocument(record));

    private static string Json(ConversationRecord? record) => System.Text.Json.JsonSerializer.Serialize(record);

    // The document's fields sorted by name at every level (the mapper and the hand write them in their own order).
    private static string Canonical(BsonValue value) => value switch
    {
        { IsDocument: true } => "{" + string.Join(",", value.AsDocument.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        { IsArray: true } => "[" + string.Join(",", value.AsArray.Select(Canonical)) + "]",
        _ => value.Type + "=" + TextJson.Serialize(value.RawValue),
    };
}
