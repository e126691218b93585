namespace ServiceDesk.Core.Recognition.Choices;

/// <summary>One answer offered to the user: its label and other ways people say it.</summary>
public sealed record ChoiceOption(string Label, IReadOnlyList<string> Synonyms);
