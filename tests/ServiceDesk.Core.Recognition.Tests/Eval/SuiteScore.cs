namespace ServiceDesk.Core.Recognition.Tests.Eval;

/// <summary>Pass counts of one suite file.</summary>
internal sealed record SuiteScore(string File, int Cases, int Lenient, int Strict, IReadOnlyList<string> Failures)
{
    public double LenientRate => Cases == 0 ? 1 : (double)Lenient / Cases;

    public double StrictRate => Cases == 0 ? 1 : (double)Strict / Cases;

    public override string ToString() =>
        $"{File}: lenient {Lenient}/{Cases} ({LenientRate:P1}), strict {Strict}/{Cases} ({StrictRate:P1})";
}
