using System.Threading.Channels;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>A terminal's keyboard for the console channel: each <see cref="Type"/> is a line typed, when the test wants.</summary>
internal sealed class TypedLines : TextReader
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    public void Type(string line) => _lines.Writer.TryWrite(line);

    /// <summary>Ctrl-D: the input ends.</summary>
    public void End() => _lines.Writer.TryComplete();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await _lines.Reader.WaitToReadAsync(cancellationToken) && _lines.Reader.TryRead(out var line) ? line : null;

    public override string? ReadLine() => throw new NotSupportedException("The console channel reads asynchronously.");
}
