namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// An indexed text field, how much a match in it counts, and whether misspelt words are matched
/// in it (only short fields with a small vocabulary: fuzzy matching a body is slow and noisy).
/// </summary>
internal readonly record struct WeightedField(string Name, float Boost, bool Fuzzy);
