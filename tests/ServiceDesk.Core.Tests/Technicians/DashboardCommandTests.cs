using ServiceDesk.Adapters.Web;
using ServiceDesk.Core.Technicians.Commands;
using static ServiceDesk.Core.Tests.Technicians.TechnicianDeskFixture;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary><c>/dashboard</c>: a personal one-time link, only for technicians, never shown in the room.</summary>
public sealed class DashboardCommandTests
{
    private static readonly DashboardOptions Options = new() { PublicUrl = "https://desk.example.org" };

    [Fact]
    public async Task Technician_OneToOne_GetsAPersonalLinkValidFiveMinutes_FrenchAndEnglish()
    {
        var links = new SignInLinks(Options);
        using var desk = new TechnicianDeskFixture(_ => [new DashboardCommand(links)]);

        await desk.SayAsync(Bruno, "/dashboard");
        var french = desk.To(Bruno);
        await desk.SayAsync(Sam, "/dashboard");
        var english = desk.To(Sam);

        Assert.Contains("https://desk.example.org/signin/", french, StringComparison.Ordinal);
        Assert.Contains("valable une seule fois pendant 5 minutes", french, StringComparison.Ordinal);
        Assert.Contains("valid once for 5 minutes", english, StringComparison.Ordinal);
        var token = french[(french.LastIndexOf('/') + 1)..];
        Assert.Equal(desk.Directory.Find(Bruno)!.Id, links.Consume(token, desk.Clock.GetUtcNow()));
        Assert.Null(links.Consume(token, desk.Clock.GetUtcNow())); // once
    }

    [Fact]
    public async Task InTheRoom_TheLinkGoesOneToOne_AndTheRoomOnlyHearsThat()
    {
        using var desk = new TechnicianDeskFixture(_ => [new DashboardCommand(new SignInLinks(Options))]);

        await desk.InRoomAsync(Bruno, "bruno", "/dashboard");

        Assert.Contains("/signin/", desk.To(Bruno), StringComparison.Ordinal);
        Assert.DoesNotContain("/signin/", desk.To(Room), StringComparison.Ordinal);
        Assert.Contains("message privé", desk.To(Room), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requester_IsRefusedCourteously_AndGetsNoLink()
    {
        using var desk = new TechnicianDeskFixture(_ => [new DashboardCommand(new SignInLinks(Options))]);

        await desk.SayAsync(Alice, "/dashboard");

        Assert.DoesNotContain("/signin/", desk.To(Alice), StringComparison.Ordinal);
        Assert.Contains("réservée aux techniciens", desk.To(Alice), StringComparison.Ordinal);
    }
}
