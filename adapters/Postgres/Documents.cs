using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>
/// How a record (a ticket with its journal, a conversation, a profile, a problem, an inbox message) is kept: whole, as a
/// JSON document in a <c>jsonb</c> column, beside the few columns the desk's queries filter on. Enums are written by
/// name and computed properties (<c>TicketNumber</c>, <c>IsOpen</c>) are left out, so the text reads on its own.
/// </summary>
internal static class Documents
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutComputed } },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");

    private static void LeaveOutComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null && info.Properties[i].AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
