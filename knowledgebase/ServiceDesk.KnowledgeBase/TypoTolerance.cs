namespace ServiceDesk.KnowledgeBase;

/// <summary>How the search forgives misspelt words ("imprimate", "outlok", "mot de pase").</summary>
public enum TypoTolerance
{
    /// <summary>Only exact (analyzed) terms match.</summary>
    None,

    /// <summary>Words of 5+ letters also match terms one edit away (two edits from 8 letters).</summary>
    Fuzzy,

    /// <summary>A character-trigram field matches words that share most of their trigrams.</summary>
    NGrams,

    /// <summary>Both of the above.</summary>
    FuzzyAndNGrams,
}
