using System.Reflection;

namespace ServiceDesk.Adapters.LiteDb;

/// <summary>
/// The one way the store reaches into LiteDB 5.0.20's private fields (its log writer's stream, its data file's writer):
/// a field by name, or null when this LiteDB has none by that name. Each caller decides what a missing field means.
/// </summary>
internal static class LiteDbInsides
{
    public const BindingFlags Inside = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    /// <summary>The value of <paramref name="owner"/>'s field <paramref name="name"/>; null when either is missing.</summary>
    public static object? Field(object? owner, string name) => owner?.GetType().GetField(name, Inside)?.GetValue(owner);
}
