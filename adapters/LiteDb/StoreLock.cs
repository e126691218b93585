namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The lock file <c>&lt;store&gt;.lock</c> beside the LiteDB file, held exclusively for as long as a process has the store
/// open. On Linux an exclusive <see cref="FileShare.None"/> open is a <c>flock(LOCK_EX)</c>: the kernel releases it when the
/// process ends, even by SIGKILL, so a crash never leaves a stale lock behind. LiteDB's own direct mode does not guard
/// the file on Linux (it opens it with a shared lock), hence this file.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file's path for the store at <paramref name="storePath"/>.</summary>
    public static string PathFor(string storePath) => storePath + ".lock";

    /// <summary>True when another process holds the store's lock now (the file exists and cannot be locked).</summary>
    public static bool IsHeldElsewhere(string storePath)
    {
        if (!File.Exists(PathFor(storePath)))
        {
            return false;
        }

        try
        {
            Take(storePath).Dispose();
            return false;
        }
        catch (StoreInUseException)
        {
            return true;
        }
    }

    /// <summary>Takes the lock, or throws <see cref="StoreInUseException"/> naming the file when another process has it.</summary>
    public static StoreLock Take(string storePath)
    {
        var path = PathFor(storePath);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            try
            {
                // For a person looking at the folder: who holds it. Nothing reads it back (a reader would need the lock).
                stream.SetLength(0);
                var owner = System.Text.Encoding.UTF8.GetBytes($"{Environment.ProcessId}\n");
                stream.Write(owner);
                stream.Flush();
            }
            catch (IOException)
            {
                // A full disk must not stop the bot from starting: the lock itself is what matters.
            }

            return new StoreLock(stream);
        }
        catch (IOException error) when (error is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StoreInUseException(storePath, path, error);
        }
    }

    public void Dispose() => _stream.Dispose();
}
