namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

/// <summary>
/// A bare number that may be an hour or a day once a neighbour says so ("between 10 and 11:30",
/// "du 3 au 5 mars"). Never reported alone.
/// </summary>
internal sealed record NumberValue(int Number, bool Digits, string Text) : Temporal;
