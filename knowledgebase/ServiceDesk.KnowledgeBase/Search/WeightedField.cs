namespace ServiceDesk.KnowledgeBase.Search;

/// <summary>
/// An indexed text field and how much a match in it counts. Short fields (a small vocabulary of
/// what users say) are the ones matched for misspelt words and for the other language than the
/// user's; the long explanation field is matched for exact words in the user's language only.
/// </summary>
internal readonly record struct WeightedField(string Name, float Boost, bool Short);
