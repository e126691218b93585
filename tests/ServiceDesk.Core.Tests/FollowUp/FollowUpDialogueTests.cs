using ServiceDesk.Core.Tests.Technicians;
using ServiceDesk.Core.Tickets;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.FollowUp;

/// <summary>
/// After a resolution and while a ticket waits for its requester, as whole dialogues through the desk with a fake
/// clock (Monday 23 November 2026, 9:30 in Paris; the desk opens Monday to Friday, 12:00–19:00), in French and English.
/// </summary>
public sealed class FollowUpDialogueTests : IDisposable
{
    private readonly TechnicianDeskFixture _desk = new();

    /// <summary>Moves the clock to a local time in Paris.</summary>
    private void At(int month, int day, int hour, int minute = 0) =>
        _desk.Clock.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(1)));

    [Fact]
    public async Task Satisfaction_LowScoreInFrench_AsksACommentAndAlertsTheRoomWithReopen()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive mot de passe réinitialisé");

        await _desk.SayAsync(Alice, "oui");
        Assert.Contains("de 1 à 5", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal(["Très insatisfait(e)", "Insatisfait(e)", "Moyennement satisfait(e)", "Satisfait(e)", "Très satisfait(e)"], _desk.Last.Single(m => m.Choices.Count > 0).Choices);

        await _desk.SayAsync(Alice, "2");
        Assert.Contains("ce qui n'a pas été", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("satisfaction 2/5", _desk.To(Room), StringComparison.Ordinal);
        Assert.Contains("/reopen 1", _desk.To(Room), StringComparison.Ordinal);

        await _desk.SayAsync(Alice, "il a fallu relancer trois fois");
        Assert.Contains("Merci, je l'ai transmis", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("il a fallu relancer trois fois", _desk.To(Room), StringComparison.Ordinal);
        var ticket = _desk.Ticket(1);
        Assert.Equal((2, "il a fallu relancer trois fois", Core.Technicians.RequesterQuestion.None), (ticket.Satisfaction, ticket.SatisfactionComment, ticket.PendingQuestion));
        Assert.NotNull(ticket.SatisfactionAskedAt);
    }

    [Fact]
    public async Task Satisfaction_OneWordInEnglish_ThanksWithoutAlert()
    {
        _desk.Open(Eve, "Outlook keeps asking for my password", "en");
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive password reset");

        await _desk.SayAsync(Eve, "yes");
        Assert.Contains("from 1 to 5", _desk.To(Eve), StringComparison.Ordinal);
        await _desk.SayAsync(Eve, "great");

        Assert.Contains("Thank you for your answer", _desk.To(Eve), StringComparison.Ordinal);
        Assert.Empty(_desk.To(Room));
        Assert.Equal(5, _desk.Ticket(1).Satisfaction);
    }

    [Fact]
    public async Task Satisfaction_NoToTheSolution_ReopensWithoutAskingAScore()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive mot de passe réinitialisé");

        await _desk.SayAsync(Alice, "non, toujours pas");

        Assert.DoesNotContain("de 1 à 5", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal((TicketStatus.InProgress, 1), (_desk.Ticket(1).Status, _desk.Ticket(1).ReopenCount));
    }

    [Fact]
    public async Task Waiting_FrenchRequesterSilent_RemindedTwiceThenResolvedThenClosedThenReopened()
    {
        _desk.Open(Alice);
        await _desk.SayAsync(Bruno, "/wait 1 pouvez-vous m'envoyer une capture de l'erreur ?");

        At(11, 24, 11, 59);
        Assert.DoesNotContain(await _desk.TickAsync(), m => m.To == Alice);
        At(11, 24, 12, 1); // one opening day after the wait began (its clock started at Monday noon)
        await _desk.TickAsync();
        Assert.Contains("attend toujours un retour de votre part (pouvez-vous m'envoyer une capture de l'erreur ?)", _desk.To(Alice), StringComparison.Ordinal);

        _desk.Restart();
        Assert.DoesNotContain(await _desk.TickAsync(), m => m.To == Alice); // nothing sent twice after a restart

        At(11, 26, 12, 1); // three opening days
        await _desk.TickAsync();
        Assert.Contains("bientôt considérée comme résolue", _desk.To(Alice), StringComparison.Ordinal);

        At(11, 30, 12, 1); // five opening days: resolved with a note, told how to reopen
        await _desk.TickAsync();
        Assert.Contains("Sans nouvelles de votre part, je considère votre demande #1 comme résolue", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("dans les 7 jours", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Resolved, _desk.Ticket(1).Status);
        Assert.Contains(_desk.Ticket(1).Journal, j => j.Kind == JournalKind.InternalNote && j.Text.StartsWith("Resolved automatically", StringComparison.Ordinal));

        At(12, 3, 12, 1); // three opening days after the resolution: closed
        await _desk.TickAsync();
        Assert.Contains("est maintenant clôturée", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Closed, _desk.Ticket(1).Status);

        At(12, 7, 14); // four days later, within seven: the same ticket reopens
        await _desk.SayAsync(Alice, "ça ne marche toujours pas");
        Assert.Contains("J'ai rouvert votre demande #1", _desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("#1 rouvert", _desk.To(Room), StringComparison.Ordinal);
        Assert.Equal((TicketStatus.InProgress, 1), (_desk.Ticket(1).Status, _desk.Ticket(1).ReopenCount));
    }

    [Fact]
    public async Task Closed_EnglishReplyAfterSevenDays_OpensANewLinkedTicket()
    {
        _desk.Open(Eve, "VPN drops every few minutes", "en");
        await _desk.SayAsync(Bruno, "/take 1");
        await _desk.SayAsync(Bruno, "/resolve 1 definitive VPN client updated");
        await _desk.SayAsync(Eve, "yes");
        await _desk.SayAsync(Eve, "4");
        await _desk.SayAsync(Bruno, "/close 1");

        At(12, 3, 13);
        await _desk.SayAsync(Eve, "the VPN problem is back again");

        Assert.Contains("opened a new request #2, linked to it", _desk.To(Eve), StringComparison.Ordinal);
        var second = _desk.Ticket(2);
        Assert.Equal((1, Priority.P3, "en", TicketStatus.New), (second.FollowsTicket!.Value, second.Priority!.Value, second.Language, second.Status));
        Assert.Equal(TicketStatus.Closed, _desk.Ticket(1).Status);
    }

    [Fact]
    public async Task Waiting_RequesterAnswers_ClockResumesAndDueTimesMoveByThePause()
    {
        At(11, 23, 12);
        _desk.Open(Alice);
        var due = _desk.Ticket(1).DueAt!.Value; // 13:00
        await _desk.SayAsync(Bruno, "/take 1");
        At(11, 23, 12, 20);
        await _desk.SayAsync(Bruno, "/wait 1 quel est le nom de votre poste ?");
        At(11, 23, 14, 20);
        await _desk.SayAsync(Alice, "PC-0423");
        await _desk.TickAsync();

        var ticket = _desk.Ticket(1);
        Assert.Equal(TicketStatus.InProgress, ticket.Status);
        Assert.Equal(TimeSpan.FromHours(2), Assert.Single(ticket.Pauses).To - ticket.Pauses[0].From);
        Assert.Equal(due.AddHours(2), ticket.DueAt);
        Assert.Contains("a répondu", _desk.To(Bruno), StringComparison.Ordinal);
    }

    public void Dispose() => _desk.Dispose();
}
