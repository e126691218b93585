namespace ServiceDesk.KnowledgeBase;

/// <summary>
/// What the conversation has already extracted from the user's messages. Each fact raises the
/// articles it fits instead of filtering the others out: a fact can be wrong or partial.
/// </summary>
/// <param name="Application">Application named by the user ("Outlook", "Teams"); boosts <c>applies_to</c>.</param>
/// <param name="Device">Hardware named by the user ("imprimante", "docking station"); boosts <c>applies_to</c>.</param>
/// <param name="ErrorMessage">Error text as the user copied it; boosts symptoms and body.</param>
public sealed record SearchFacts(string? Application, string? Device, string? ErrorMessage);
