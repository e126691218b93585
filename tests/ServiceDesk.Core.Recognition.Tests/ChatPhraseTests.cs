using System.Globalization;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Numbers;
using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Core.Recognition.Tests;

/// <summary>
/// What users of the service desk actually write, in our own words (not the public suites'):
/// when the problem started, how long, how many, which ticket, yes or no, which option.
/// </summary>
public sealed class ChatPhraseTests
{
    // Wednesday 13 March 2024, 10:30.
    private static readonly DateTime Now = new(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);

    private static readonly ChoiceOption[] Options = [new("Juste moi", ["only me"]), new("Mon équipe", ["my team"]), new("Tout le site", ["the whole site"])];

    [Theory]
    [InlineData("Outlook plante depuis ce matin 9h", "fr-FR", "2024-03-13 09:00")]
    [InlineData("le partage réseau est inaccessible depuis ce matin", "fr-FR", "2024-03-13 08:00")]
    [InlineData("ça bloque depuis la mise à jour de vendredi", "fr-FR", "2024-03-08 00:00")]
    [InlineData("je n'ai plus de son depuis lundi dernier", "fr-FR", "2024-03-04 00:00")] // the library reads "lundi dernier" as "last Monday": the Monday of last week
    [InlineData("l'appli a planté il y a deux heures", "fr-FR", "2024-03-13 08:30")]
    [InlineData("le wifi saute depuis mardi 14h30", "fr-FR", "2024-03-12 14:30")]
    [InlineData("impossible d'imprimer depuis avant-hier", "fr-FR", "2024-03-11 00:00")]
    [InlineData("il y a 20 minutes tout a gelé", "fr-FR", "2024-03-13 10:10")]
    [InlineData("the shared drive has been down since this morning", "en-US", "2024-03-13 08:00")]
    [InlineData("my badge stopped working since Friday", "en-US", "2024-03-08 00:00")]
    [InlineData("Teams crashed 2 days ago and keeps crashing", "en-US", "2024-03-11 00:00")]
    [InlineData("the laptop has been rebooting for an hour", "en-US", "2024-03-13 09:30")]
    [InlineData("since yesterday at 4pm I cannot log in", "en-US", "2024-03-12 16:00")]
    [InlineData("it froze about 30 minutes ago", "en-US", "2024-03-13 10:00")]
    public void SinceWhen_ChatMessage_ReturnsStart(string text, string culture, string expected)
    {
        var result = DateTimeRecognizer.SinceWhen(text, culture, Now);
        Assert.NotNull(result);
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), result.PointInTime);
    }

    // Issue 13: chat phrases the public suites do not cover. A repeat is never a since-when.
    [Theory]
    [InlineData("l'écran se fige toutes les 10 minutes", "fr-FR")]
    [InlineData("Outlook freezes every 10 minutes", "en-US")]
    [InlineData("ça coupe tous les jours", "fr-FR")]
    [InlineData("L'imprimante du 3e ne marche plus", "fr-FR")]
    public void SinceWhen_Frequency_IsNoStart(string text, string culture) => Assert.Null(DateTimeRecognizer.SinceWhen(text, culture, Now));

    [Theory]
    [InlineData("ça plante depuis la mise à jour de mardi", "fr-FR", "2024-03-12 00:00")]
    [InlineData("ça fait deux jours que ça plante", "fr-FR", "2024-03-11 10:30")]
    [InlineData("le wifi coupe depuis 10h", "fr-FR", "2024-03-13 10:00")]
    [InlineData("the VPN has been down since the weekend", "en-US", "2024-03-09 00:00")]
    [InlineData("the update of Tuesday broke it", "en-US", "2024-03-12 00:00")]
    [InlineData("Depuis lundi, comme tous les lundis, j'ai oublié mon mot de passe", "fr-FR", "2024-03-11 00:00")]
    public void SinceWhen_ChatPhrase_ReturnsStart(string text, string culture, string expected) =>
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), DateTimeRecognizer.SinceWhen(text, culture, Now)?.PointInTime);

    [Theory]
    [InlineData("le VPN coupe depuis hier soir", "fr-FR")]
    [InlineData("the VPN keeps dropping since last night", "en-US")]
    public void SinceWhen_YesterdayEvening_StartsYesterdayEvening(string text, string culture)
    {
        var start = DateTimeRecognizer.SinceWhen(text, culture, Now)?.PointInTime;
        Assert.NotNull(start);
        Assert.Equal(new DateTime(2024, 3, 12, 0, 0, 0, DateTimeKind.Unspecified), start.Value.Date);
        Assert.InRange(start.Value.Hour, 16, 23);
    }

    [Theory]
    [InlineData("l'écran reste noir pendant 2 jours de suite", "fr-FR", 2 * 86400)]
    [InlineData("le serveur a été coupé pendant trois heures", "fr-FR", 3 * 3600)]
    [InlineData("the backup ran for an hour", "en-US", 3600)]
    [InlineData("the update took 45 minutes", "en-US", 45 * 60)]
    public void Recognize_Duration_ReadsSeconds(string text, string culture, int seconds)
    {
        var duration = Assert.Single(DateTimeRecognizer.Recognize(text, culture, Now), r => r.Duration is not null);
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration.Duration);
    }

    [Theory]
    [InlineData("ça fait trois fois que l'imprimante se bloque", "fr-FR", 3)]
    [InlineData("trois postes ne démarrent plus au 2e étage", "fr-FR", 3)]
    [InlineData("douze personnes sont bloquées", "fr-FR", 12)]
    [InlineData("five laptops in the meeting room won't boot", "en-US", 5)]
    public void NumberRecognizer_CountOfThings_ReadsCount(string text, string culture, int count)
    {
        Assert.Equal(count, NumberRecognizer.Recognize(text, culture)[0].Value);
        Assert.Null(DateTimeRecognizer.SinceWhen(text, culture, Now));
    }

    [Theory]
    [InlineData("ma demande 1530 est toujours ouverte", "fr-FR", 1530)]
    [InlineData("où en est le ticket 2023 ?", "fr-FR", 2023)]
    [InlineData("#1205 toujours pas résolu", "fr-FR", 1205)]
    [InlineData("any news on request 1130?", "en-US", 1130)]
    [InlineData("ticket 12 please", "en-US", 12)]
    public void TicketReference_NeverReadAsDate(string text, string culture, int ticket)
    {
        Assert.Equal([ticket], TicketReferenceRecognizer.Find(text));
        Assert.Empty(DateTimeRecognizer.Recognize(text, culture, Now));
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("Oui, c'est ça", true)]
    [InlineData("pas de souci", true)]
    [InlineData("pas de problème, allez-y", true)]
    [InlineData("non merci", false)]
    [InlineData("sure, go ahead", true)]
    [InlineData("nope", false)]
    [InlineData("l'imprimante est en panne", null)]
    public void YesNo_Answer_Reads(string text, bool? expected) => Assert.Equal(expected, YesNoRecognizer.Recognize(text, "fr-FR"));

    [Theory]
    [InlineData("le deuxième", 1)]
    [InlineData("la 3e", 2)]
    [InlineData("2", 1)]
    [InlineData("option 1", 0)]
    [InlineData("toute mon équipe", 1)]
    [InlineData("only me", 0)]
    [InlineData("the third one", 2)]
    public void Choice_Answer_PicksOption(string text, int expected) => Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Options, "fr-FR"));

    [Theory]
    [InlineData("mon imprimante du 3e étage ne marche plus et je ne peux rien faire de la journée")]
    [InlineData("bonjour")]
    public void Choice_NotAnAnswer_ReturnsNull(string text) => Assert.Null(ChoiceRecognizer.Recognize(text, Options, "fr-FR"));

    [Theory]
    [InlineData("mon mot de passe ne fonctionne plus", "fr-FR")]
    [InlineData("merci pour votre aide, bonne journée", "fr-FR")]
    [InlineData("my password does not work any more", "en-US")]
    [InlineData("thanks a lot, have a nice day", "en-US")]
    [InlineData("the printer makes a weird noise", "en-US")]
    [InlineData("is my antivirus up to date?", "en-US")]
    public void Recognize_NoTimeSaid_FindsNothing(string text, string culture)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, culture, Now));
        Assert.Empty(NumberRecognizer.Recognize(text, culture));
        Assert.Empty(TicketReferenceRecognizer.Find(text));
    }

    /// <summary>"un"/"une" is also the number one (as in the public number suite), so only dates and tickets must stay empty.</summary>
    [Theory]
    [InlineData("l'imprimante fait un bruit bizarre", "fr-FR")]
    [InlineData("j'ai une question sur ma messagerie", "fr-FR")]
    [InlineData("the screen shows a strange message once in a while", "en-US")]
    public void Recognize_NoTimeSaidWithArticle_FindsNoDateNorTicket(string text, string culture)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, culture, Now));
        Assert.Empty(TicketReferenceRecognizer.Find(text));
    }
}
