using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Conversation;

/// <summary>
/// Each kind of request has its own questions (seed 000 §2, seed 003: assistance, anomalie, évolution):
/// a change request is weighed by what it brings; what is not IT is said kindly, with where to go.
/// </summary>
public sealed class RequestTypesTests : IDisposable
{
    private readonly DeskFixture _desk = new();

    [Fact]
    public async Task Dialogue_FrenchChangeRequest_AsksWhatItWouldBringNotWhenItBroke()
    {
        await new Dialogue(_desk)
            .User("Ce serait bien que l'application de congés envoie un rappel la veille")
            .Bot("Merci pour cette suggestion", "Qu'est-ce que cela vous apporterait")
            .BotNot("Depuis quand", "message d'erreur", "Quelle application")
            .User("on éviterait les oublis, toute l'équipe RH s'en servirait")
            .Bot("Si je vous comprends bien", "ce que cela apporterait : on éviterait les oublis")
            .User("oui")
            .Bot("#1")
            .RunAsync();

        var ticket = Assert.Single(_desk.Tickets.All());
        Assert.Equal((RequestType.ChangeRequest, Impact.TeamOrVip), (ticket.Type, ticket.Impact));
    }

    [Fact]
    public async Task Dialogue_EnglishChangeRequest_AsksWhatItWouldBring() =>
        await new Dialogue(_desk, "bob@localhost")
            .User("It would be great if the expense tool could export to Excel")
            .Bot("Thank you for the suggestion", "What would it change for you")
            .BotNot("Since when")
            .RunAsync();

    [Fact]
    public async Task Dialogue_FrenchCoffeeMachine_IsNotItAndSaysWhereToGo()
    {
        await new Dialogue(_desk)
            .User("La machine à café du 2e est encore en panne")
            .Bot("ne relève pas de l'informatique", "services généraux")
            .BotNot("Depuis quand")
            .RunAsync();

        var record = Assert.Single(_desk.Tickets.All());
        Assert.Equal((RequestType.NotIt, RequestOutcome.Refused), (record.Type, record.Outcome));
    }

    [Fact]
    public async Task Dialogue_EnglishAirConditioning_IsNotItAndSaysWhereToGo() =>
        await new Dialogue(_desk, "bob@localhost")
            .User("The air conditioning in meeting room 4 is broken")
            .Bot("not an IT matter", "facilities")
            .RunAsync();

    [Fact]
    public async Task Dialogue_LaptopHeatingUp_IsStillAnIncident() =>
        await new Dialogue(_desk, "bob@localhost")
            .User("My laptop is heating up and the fan is very loud")
            .Bot("I'm sorry for the trouble")
            .BotNot("facilities")
            .RunAsync();

    public void Dispose() => _desk.Dispose();
}
