using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Adapters.LiteDb.Tests;

/// <summary>
/// A checkpoint writes each data page once, its last version (<see cref="CheckpointWrites"/>), and the file read again
/// holds every last version: nothing older, nothing lost.
/// </summary>
public sealed class CheckpointWritesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdb-checkpoint-").FullName;

    private string FilePath => Path.Combine(_folder, "servicedesk.db");

    [Fact]
    public void ManyVersionsOfFewPages_EachPageWrittenOnce_AndTheLastVersionsReadBackAfterReopening()
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

            var (offered, written) = database.CheckpointPages;

            // Transactions of the same few pages: hundreds of page versions in the log, a few pages in the file.
            Assert.True(offered >= 500, $"{offered} pages handed to the data file");
            Assert.True(written * 10 < offered, $"{written} of {offered} pages written");
        }

        using (var reopened = new ServiceDeskDatabase(FilePath))
        {
            var tickets = new TicketStore(reopened);
            for (var number = 1; number <= 5; number++)
            {
                Assert.Equal($"xmpp:person{number}@localhost, version 150", tickets.Find(new TicketNumber(number))!.Description);
            }
        }
    }

    [Fact]
    public void CheckpointAtClose_TheFileAloneHoldsEveryLastVersion()
    {
        using (var database = new ServiceDeskDatabase(FilePath))
        {
            var tickets = new TicketStore(database);
            for (var i = 1; i <= 40; i++)
            {
                var ticket = tickets.Open(LiteDbDirectModeTests.Draft($"xmpp:person{i}@localhost"));
                tickets.Save(ticket with { Description = $"ticket {i}, saved again" });
            }
        }

        // Closing checkpoints the log into the data file; copied alone, the data file must be whole.
        var copy = Path.Combine(_folder, "copy.db");
        File.Copy(FilePath, copy);
        using var alone = new ServiceDeskDatabase(copy);
        var read = new TicketStore(alone);
        Assert.All(Enumerable.Range(1, 40), i => Assert.Equal($"ticket {i}, saved again", read.Find(new TicketNumber(i))!.Description));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
