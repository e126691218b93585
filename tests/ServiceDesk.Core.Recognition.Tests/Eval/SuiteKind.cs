namespace ServiceDesk.Core.Recognition.Tests.Eval;

/// <summary>The three kinds of suite files, scored differently.</summary>
internal enum SuiteKind
{
    DateTime,
    Duration,
    Number,
}
