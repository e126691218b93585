using LiteDB;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// A LiteDB query expression parsed and compiled once, its parameters (<c>@0</c>, <c>@1</c>…) bound at each call.
/// </summary>
/// <remarks>
/// <para>
/// LiteDB parses an expression's text at every call, and <c>Query.EQ(field, value)</c> writes the value into that text,
/// so each new value (a requester's address, a draft's id, a change value) also compiled a new LINQ expression into a
/// delegate that LiteDB then keeps for ever in a static dictionary keyed by the text: parsing and compiling were a tenth
/// of the desk bench's CPU (<c>BsonExpression.Create</c>, <c>Expression.Compile</c>), and the dictionary grew with every
/// ticket opened. Here the text names its values as parameters and is parsed once per thread.
/// </para>
/// <para>
/// The parameters live in the expression (LiteDB reads them from it while the query runs), so each thread has its own
/// copy, bound before each use: a query must be read to its end on the calling thread before the same prepared query is
/// bound again on that thread (the stores read every result into a list, or take its first, inside the call).
/// </para>
/// </remarks>
internal sealed class PreparedQuery
{
    private readonly ThreadLocal<BsonExpression> _perThread;

    /// <summary>The expression <paramref name="source"/>, with its values as parameters <c>@0</c>, <c>@1</c>….</summary>
    public PreparedQuery(string source)
    {
        Source = source;
        _perThread = new ThreadLocal<BsonExpression>(() => BsonExpression.Create(source));
        // Parsed once here so that a mistake in the text shows at start, not at the first call.
        _ = BsonExpression.Create(source);
    }

    public string Source { get; }

    /// <summary>The thread's copy of the expression with <paramref name="value"/> as <c>@0</c>.</summary>
    public BsonExpression Bind(BsonValue value)
    {
        var expression = _perThread.Value!;
        expression.Parameters["0"] = value;
        return expression;
    }

    /// <summary>The thread's copy of the expression with <paramref name="first"/> as <c>@0</c> and <paramref name="second"/> as <c>@1</c>.</summary>
    public BsonExpression Bind(BsonValue first, BsonValue second)
    {
        var expression = _perThread.Value!;
        expression.Parameters["0"] = first;
        expression.Parameters["1"] = second;
        return expression;
    }

    /// <summary>Expressions shared by the stores.</summary>
    internal static class Common
    {
        /// <summary>A document by its id.</summary>
        public static readonly PreparedQuery ById = new("_id = @0");

        /// <summary>All documents down the id index, newest first (an order, not a condition: nothing is bound).</summary>
        public static readonly BsonExpression IdOrder = BsonExpression.Create("_id");

        /// <summary>Every document of the collection from the last id down.</summary>
        public static Query Descending() => new() { OrderBy = IdOrder, Order = Query.Descending };
    }
}

/// <summary>Reads through prepared expressions (<see cref="PreparedQuery"/>).</summary>
internal static class PreparedReads
{
    /// <summary>
    /// The document with this id, or null: what <c>FindById</c> returns, without parsing <c>_id = @0</c> at every call.
    /// </summary>
    public static T? ById<T>(this ILiteCollection<T> collection, BsonValue id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return collection.FindOne(PreparedQuery.Common.ById.Bind(id));
    }
}
