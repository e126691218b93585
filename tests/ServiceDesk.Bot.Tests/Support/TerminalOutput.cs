using System.Text;

namespace ServiceDesk.Bot.Tests.Support;

/// <summary>The terminal's output, readable while the bot writes to it.</summary>
internal sealed class TerminalOutput : StringWriter
{
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            base.Write(buffer.Span);
            base.Write('\n');
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits until <paramref name="fragment"/> has been written <paramref name="times"/> times; returns the whole output then (or at the timeout).</summary>
    public async Task<string> WaitForAsync(string fragment, TimeSpan timeout, int times = 1)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var text = Text;
            if (FakeChatChannel.Count(text, fragment) >= times || waited.Elapsed > timeout)
            {
                return text;
            }

            await Task.Delay(50);
        }
    }
}
