namespace ServiceDesk.Core.Recognition.Numbers;

/// <summary>
/// A number found in a message: where it is (<see cref="End"/> is inclusive, as in the public
/// recognizer test suites) and its value. <see cref="TypeName"/> is "number" or "ordinal".
/// </summary>
public sealed record NumberResult(string Text, int Start, int End, string TypeName, double Value);
