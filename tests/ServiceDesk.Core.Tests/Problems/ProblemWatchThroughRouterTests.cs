using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Problems;
using ServiceDesk.Core.Storage;
using ServiceDesk.Core.Tests.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Problems;

/// <summary>
/// The problem watch as the router runs it: after the turn that opened and posted the ticket is committed, out of the
/// store's one writer (the turn's opening of the ticket holds it to the commit, and the watch compares the new incident with
/// every incident of its window), its proposal still the turn's last message.
/// </summary>
public sealed class ProblemWatchThroughRouterTests
{
    private static readonly ChannelAddress Paul = new("xmpp", "paul@localhost");

    [Fact]
    public async Task HandleAsync_ThirdAlikeIncident_ProposalLastAndTheWatchReadsNothingWhileHoldingTheWriter()
    {
        TechnicianDeskFixture? desk = null;
        var readsUnderWriter = new List<string>();
        using var fixture = desk = new TechnicianDeskFixture(
            ticketsAround: inner => new WatchReads(inner, () => desk!.Database.HoldsWriter, readsUnderWriter),
            problems: new ProblemOptions());

        await desk.SayAsync(Alice, "Je veux parler à un technicien : Outlook refuse mon mot de passe");
        await desk.SayAsync(Eve, "Je veux parler à un technicien : Outlook ne prend plus mon mot de passe");
        var third = await desk.SayAsync(Paul, "Je veux parler à un technicien : Outlook refuse encore mon mot de passe");

        Assert.Contains("#3", desk.To(Paul), StringComparison.Ordinal);
        Assert.StartsWith("3 incidents semblables en moins de 30 min : #1, #2, #3 ", third[^1].Text, StringComparison.Ordinal);
        Assert.Equal(Room, third[^1].To);
        Assert.Contains(third, m => m.To == Room && m.Text.Contains("Nouveau ticket #3", StringComparison.Ordinal));
        Assert.Empty(readsUnderWriter);
    }

    /// <summary>Notes each read of what changed (the problem watch's) made while the thread held the store's writer.</summary>
    private sealed class WatchReads(ITicketStore inner, Func<bool> holdsWriter, List<string> underWriter) : DelegatingTicketStore(inner)
    {
        public override IReadOnlyList<TicketChange> ChangedSince(long change)
        {
            Note(nameof(ChangedSince));
            return base.ChangedSince(change);
        }

        public override IReadOnlyList<Ticket> OpenedSince(DateTimeOffset since)
        {
            Note(nameof(OpenedSince));
            return base.OpenedSince(since);
        }

        public override long LastChange()
        {
            Note(nameof(LastChange));
            return base.LastChange();
        }

        private void Note(string read)
        {
            if (holdsWriter())
            {
                lock (underWriter)
                {
                    underWriter.Add(read);
                }
            }
        }
    }
}
