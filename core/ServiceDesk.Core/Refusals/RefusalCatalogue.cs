using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Refusals;

/// <summary>
/// The requests the desk will not do, each with its reason and an alternative (seed 001: "Vous ne pouvez pas
/// acheter Photoshop ? Présentez-lui The Gimp, Pixlr ou Canva !"). The default catalogue covers seed 001's
/// cases; a desk may configure its own.
/// </summary>
public sealed class RefusalCatalogue
{
    private readonly (RefusalRule Rule, Regex[] Patterns)[] _rules;

    public RefusalCatalogue(IEnumerable<RefusalRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.Select(r => (r, r.Patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray())).ToArray();
    }

    public static RefusalCatalogue Default { get; } = new(DefaultRefusals.All);

    /// <summary>The first rule whose patterns all match the folded text, or null.</summary>
    public RefusalRule? Match(string folded) =>
        _rules.FirstOrDefault(r => r.Patterns.Length > 0 && r.Patterns.All(p => p.IsMatch(folded))).Rule;
}
