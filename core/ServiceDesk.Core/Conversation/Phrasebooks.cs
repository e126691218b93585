namespace ServiceDesk.Core.Conversation;

/// <summary>The phrasebook for a language code; French unless the code is English.</summary>
public static class Phrasebooks
{
    public static IPhrasebook French { get; } = new FrenchPhrasebook();

    public static IPhrasebook English { get; } = new EnglishPhrasebook();

    public static IPhrasebook For(string? language) => language == "en" ? English : French;
}
