using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Storage;

/// <summary>What the storage tests of the turn read cache share: a ticket to open, and work on a thread of its own.</summary>
internal static class StorageSamples
{
    /// <summary>A new incident ticket of <paramref name="requester"/> (an <c>xmpp:</c> address), opened and updated at <paramref name="at"/>.</summary>
    public static Ticket Ticket(string requester, DateTimeOffset at) => new()
    {
        RequesterId = requester,
        ReplyChannel = "xmpp",
        ReplyAddress = requester[5..],
        Description = "Outlook refuse mon mot de passe",
        Type = RequestType.Incident,
        Status = TicketStatus.New,
        Outcome = RequestOutcome.Ticket,
        OpenedAt = at,
        UpdatedAt = at,
    };

    /// <summary>Runs on a thread of its own: a task waited for may run inline, on the waiting thread, inside its transaction.</summary>
    public static void OnAnotherThread(Action work)
    {
        var thread = new Thread(() => work());
        thread.Start();
        thread.Join();
    }
}
