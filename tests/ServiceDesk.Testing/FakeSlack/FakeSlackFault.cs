namespace ServiceDesk.Testing.FakeSlack;

/// <summary>An HTTP failure the fake answers a method with, the next <c>Times</c> calls (429 carries <c>Retry-After</c>).</summary>
public sealed record FakeSlackFault(string Method, int Status, TimeSpan? RetryAfter)
{
    public int Remaining { get; set; } = 1;
}
