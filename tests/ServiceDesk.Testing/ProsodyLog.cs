namespace ServiceDesk.Testing;

/// <summary>The server's log file, read while Prosody writes it (to see when it listens, and for failure messages).</summary>
internal sealed class ProsodyLog(string path)
{
    public long Length => File.Exists(path) ? new FileInfo(path).Length : 0;

    public string ReadFrom(long offset)
    {
        if (!File.Exists(path))
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
