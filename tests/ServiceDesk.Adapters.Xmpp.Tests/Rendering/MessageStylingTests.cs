using ServiceDesk.Adapters.Xmpp.Rendering;

namespace ServiceDesk.Adapters.Xmpp.Tests.Rendering;

/// <summary>XEP-0393 styling of the desk's words, and a person's words never styled by accident.</summary>
public sealed class MessageStylingTests
{
    private const char Wj = MessageStyling.WordJoiner;

    [Fact]
    public void Apply_TicketOpened_TicketNumberAndPriorityInBold()
    {
        var styled = MessageStyling.Apply("C'est noté : votre demande #12 est enregistrée, priorité P3. Merci.");

        Assert.Equal("C'est noté : votre demande *#12* est enregistrée, priorité *P3*. Merci.", styled);
    }

    [Fact]
    public void Apply_Reformulation_QuotesThePersonsWordsAsABlockQuote()
    {
        var styled = MessageStyling.Apply("Si je vous comprends bien : « Outlook me dit mot de passe incorrect\ndepuis ce matin » ; concerne : Outlook. C'est bien ça ?");

        Assert.Equal("Si je vous comprends bien :\n> Outlook me dit mot de passe incorrect\n> depuis ce matin\nconcerne : Outlook. C'est bien ça ?", styled);
    }

    [Fact]
    public void Apply_EnglishReformulation_QuotesThePersonsWordsAsABlockQuote()
    {
        var styled = MessageStyling.Apply("If I understand you correctly: \"Excel says the file is locked every time\"; since yesterday. Is that right?");

        Assert.Equal("If I understand you correctly:\n> Excel says the file is locked every time\nsince yesterday. Is that right?", styled);
    }

    [Fact]
    public void Apply_Steps_BecomeADashList()
    {
        var styled = MessageStyling.Apply("Voici ce qui le résout :\n   – redémarrez\n   – reconnectez-vous\nEst-ce résolu ?");

        Assert.Equal("Voici ce qui le résout :\n- redémarrez\n- reconnectez-vous\nEst-ce résolu ?", styled);
    }

    [Fact]
    public void Apply_PersonsStylingCharacters_AreNeutralisedWhereTheyCouldOpenASpan()
    {
        var styled = MessageStyling.Apply("Vous avez écrit : « c'est *urgent* et _vraiment_ ~bloquant~ `code` »\n> pas une citation\n```\nrien\n```");

        Assert.Contains($"{Wj}*urgent*", styled, StringComparison.Ordinal);
        Assert.Contains($"{Wj}_vraiment_", styled, StringComparison.Ordinal);
        Assert.Contains($"{Wj}~bloquant~", styled, StringComparison.Ordinal);
        Assert.Contains($"{Wj}`code`", styled, StringComparison.Ordinal);
        Assert.Contains($"\n{Wj}> pas une citation", styled, StringComparison.Ordinal);
        Assert.DoesNotContain("\n```", styled, StringComparison.Ordinal);
        Assert.DoesNotContain("\n> pas", styled, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_DirectiveInsideAWord_IsLeftAlone()
    {
        Assert.Equal("jean_dupont@example.org a écrit 2*3", MessageStyling.Apply("jean_dupont@example.org a écrit 2*3"));
    }

    [Fact]
    public void Apply_TicketNumberInsideThePersonsQuotedWords_IsNotBold()
    {
        var styled = MessageStyling.Apply("Votre demande #2 — « comme le #1 et P1 » — nouvelle");

        Assert.Equal("Votre demande *#2* — « comme le #1 et P1 » — nouvelle", styled);
    }

    [Fact]
    public void Apply_LineProposingACommand_KeepsItExactlyAsTyped()
    {
        Assert.Equal("Un nouvel incident ressemble à P1 : /problem link P1 3", MessageStyling.Apply("Un nouvel incident ressemble à P1 : /problem link P1 3"));
    }

    [Fact]
    public void Apply_PersonsWordsHoldingGuillemets_TheWholeDescriptionIsQuoted()
    {
        var styled = MessageStyling.Apply("Si je vous comprends bien : « Outlook me dit « Mot de passe incorrect » à chaque fois » ; concerne : Outlook. C'est bien ça ?");

        Assert.Equal("Si je vous comprends bien :\n> Outlook me dit « Mot de passe incorrect » à chaque fois\nconcerne : Outlook. C'est bien ça ?", styled);
    }

    [Fact]
    public void Apply_EnglishWordsHoldingQuotes_TheWholeDescriptionIsQuoted()
    {
        var styled = MessageStyling.Apply("If I understand you correctly: \"Excel shows \"File is locked\" every time\"; since yesterday. Is that right?");

        Assert.Equal("If I understand you correctly:\n> Excel shows \"File is locked\" every time\nsince yesterday. Is that right?", styled);
    }
}
