using System.Diagnostics;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// The log's disk blocks are reserved ahead of its end (<see cref="ReservedLog"/>): reserved again after a checkpoint
/// empties the log, never visible in the log's size, and the file reads back whole.
/// </summary>
public sealed class ReservedLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-reserved-log-").FullName;

    private string FilePath => Path.Combine(_folder, "servicedesk.db");

    private string LogPath => Path.Combine(_folder, "servicedesk-log.db");

    [Fact]
    public void FirstCommit_ReservesBlocksAhead_TheLogsSizeIsOnlyWhatWasWritten()
    {
        using var database = new ServiceDeskDatabase(FilePath);
        var tickets = new TicketStore(database);
        tickets.Open(LiteDbDirectModeTests.Draft("xmpp:person@localhost"));

        Assert.Equal(1, database.LogReservations);
        var length = new FileInfo(LogPath).Length;
        Assert.InRange(length, 8192, ReservedLog.Ahead / 2);
        Assert.Equal(0, length % 8192);

        // The blocks are there beyond the end: the file system counts them, the size does not.
        Assert.True(AllocatedBytes(LogPath) >= length + (ReservedLog.Ahead / 2), $"{AllocatedBytes(LogPath)} bytes allocated for a log of {length}");
    }

    [Fact]
    public void CheckpointEmptiesTheLog_NextCommitReservesAgain_AndEveryVersionReadsBackAfterReopening()
    {
        using (var database = new ServiceDeskDatabase(FilePath))
        {
            var tickets = new TicketStore(database);
            var opened = Enumerable.Range(1, 5).Select(i => tickets.Open(LiteDbDirectModeTests.Draft($"xmpp:person{i}@localhost"))).ToList();

            // LiteDB checkpoints by itself once its log holds 1,000 pages: 750 transactions of a few pages each pass it.
            for (var round = 1; round <= 150; round++)
            {
                foreach (var ticket in opened)
                {
                    tickets.Save(tickets.Find(ticket.TicketNumber)! with { Description = $"{ticket.RequesterId}, version {round}" });
                }
            }

            Assert.True(database.CheckpointPages.Offered > 0, "no checkpoint ran");
            Assert.True(database.LogReservations >= 2, $"{database.LogReservations} reservations");
            Assert.True(new FileInfo(LogPath).Length < ReservedLog.Ahead, $"log of {new FileInfo(LogPath).Length} bytes");
        }

        using var reopened = new ServiceDeskDatabase(FilePath);
        var again = new TicketStore(reopened);
        for (var number = 1; number <= 5; number++)
        {
            Assert.Equal($"xmpp:person{number}@localhost, version 150", again.Find(new TicketNumber(number))!.Description);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The bytes the file system gives the file (<c>stat</c>'s blocks of 512 bytes).</summary>
    private static long AllocatedBytes(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%b", path]) { RedirectStandardOutput = true })!;
        var blocks = long.Parse(stat.StandardOutput.ReadToEnd().Trim(), System.Globalization.CultureInfo.InvariantCulture);
        stat.WaitForExit();
        return blocks * 512;
    }
}
