using Npgsql;
using NpgsqlTypes;

namespace ServiceDesk.Adapters.Postgres;

/// <summary>Values bound to a command as parameters, never spliced into its text.</summary>
internal static class Parameters
{
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static NpgsqlCommand WithJson(this NpgsqlCommand command, string name, string json)
    {
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json });
        return command;
    }

    /// <summary>A moment as PostgreSQL's <c>timestamptz</c> wants it (UTC), or null.</summary>
    public static object? Utc(DateTimeOffset? at) => at?.UtcDateTime;

    public static NpgsqlCommand Sql(this NpgsqlCommand command, string sql)
    {
        command.CommandText = sql;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>The first column of every row, read as JSON documents of <typeparamref name="T"/>.</summary>
    public static List<T> ReadDocuments<T>(this NpgsqlCommand command)
    {
        var found = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found.Add(Documents.Read<T>(reader.GetString(0)));
        }

        return found;
    }

    public static T? ReadDocument<T>(this NpgsqlCommand command)
        where T : class =>
        command.ExecuteScalar() is string json ? Documents.Read<T>(json) : null;
}
