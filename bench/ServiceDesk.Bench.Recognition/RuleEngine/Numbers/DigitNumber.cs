namespace ServiceDesk.Bench.Recognition.RuleEngine.Numbers;

/// <summary>A number written with digits; <see cref="End"/> is exclusive.</summary>
internal readonly record struct DigitNumber(int Start, int End, double Value, bool IsPlainInteger);
