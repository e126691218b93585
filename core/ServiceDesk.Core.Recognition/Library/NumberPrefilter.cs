using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace ServiceDesk.Core.Recognition.Library;

/// <summary>
/// Where a first message's reading time went, and what removes it without changing a single result.
/// </summary>
/// <remarks>
/// <para>
/// Profiled (perf, and a stopwatch around each of the date model's sub-extractors): for a 120-character French
/// message most of the date model's CPU is the regular-expression interpreter running the number extractors that the
/// date extractors call on the whole text to find a day of the month ("le 3", "le troisième"). The French ordinal
/// extractor's word pattern alone is 109,623 characters long (every French number word followed by "ième"); the
/// interpreter tries it at every word of the message, about 1 ms per 120 characters, and the date model runs it again on
/// each copy of the text its repeat extractor makes for "chaque", "tous les"… — hence a cost that grows faster than
/// the text and with those words.
/// </para>
/// <para>
/// A number extractor (BaseNumberExtractor.Extract in the library) builds its results from its patterns' matches alone:
/// a pattern that matches nowhere in the text adds nothing, and the order the patterns run in does not matter. So before
/// running its patterns with the backtracking engine, ask which of them match at all, each with a twin built with
/// <see cref="RegexOptions.NonBacktracking"/>: whether a match exists does not depend on the engine (both decide the same
/// language; only which match is reported may differ, and the twin's is never used), and the twin answers in linear time
/// (a few µs for the message above). None matches: the extractor's answer is the empty list it would have computed. All
/// match: the library's extractor runs, untouched. Some: a copy of it holding only those runs (the library's per-text
/// cache of number results is shared with the copy, harmlessly: for that text the copy's results are the extractor's).
/// A pattern the non-backtracking engine does not support (other look-arounds, back-references) is its own twin. The
/// only rewrite is of each "(?&lt;=\b)" and "(?=\b)" group into "\b": a look-behind or look-ahead at a zero-width
/// assertion is the assertion itself.
/// </para>
/// <para>
/// Twins are built once, with the model (well under a second, paid at start by <see cref="RecognizerWarmUp"/>); only
/// patterns of at least <see cref="TwinMinLength"/> characters get one (shorter ones cost the interpreter little). Only
/// the French model has such number patterns; the English one's cost is spread over its date patterns, and it is read
/// as before. Results are checked identical to the library's own model on the public suites, the project's tests and a
/// generated corpus of 3,200 chat messages, and each twin against its pattern (DateTimeIdentityTests).
/// </para>
/// </remarks>
internal static class NumberPrefilter
{
    /// <summary>Patterns shorter than this are their own twin.</summary>
    public const int TwinMinLength = 2_000;

    private const string LeadingBoundary = @"(?<=\b)";
    private const string TrailingBoundary = @"(?=\b)";

    static NumberPrefilter()
    {
        // The French ordinal pattern needs about 320,000 automaton nodes; .NET's default limit is 10,000. The setting only
        // raises what the non-backtracking engine accepts to build: no other pattern's behaviour changes.
        if (AppContext.GetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE") is null)
        {
            AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 2_000_000);
        }
    }

    /// <summary>
    /// Puts a prefilter in front of every number extractor reachable from <paramref name="root"/> (a model), in every
    /// field typed as the library's extractor interface. Returns how many fields were changed.
    /// </summary>
    public static int Install(object root)
    {
        var wrappers = new Dictionary<BaseNumberExtractor, IExtractor?>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Walk(root, seen, wrappers, 0);
    }

    /// <summary>True when <paramref name="root"/>'s graph holds a prefiltered extractor (for tests: the old path must not).</summary>
    public static bool IsInstalled(object root)
    {
        var found = false;
        Visit(root, new HashSet<object>(ReferenceEqualityComparer.Instance), 0, (_, _, value) => found |= value is PrefilteredExtractor);
        return found;
    }

    /// <summary>Every pattern with a non-backtracking twin in <paramref name="root"/>'s prefilters, with its twin (for tests).</summary>
    public static IReadOnlyList<(Regex Pattern, Regex Twin)> TwinsIn(object root)
    {
        var pairs = new List<(Regex, Regex)>();
        Visit(root, new HashSet<object>(ReferenceEqualityComparer.Instance), 0, (_, _, value) =>
        {
            if (value is PrefilteredExtractor prefilter) pairs.AddRange(prefilter.Pairs.Where(p => !ReferenceEquals(p.Pattern, p.Twin)));
        });
        return [.. pairs.DistinctBy(p => p.Item1)];
    }

    private static int Walk(object root, HashSet<object> seen, Dictionary<BaseNumberExtractor, IExtractor?> wrappers, int depth)
    {
        var changed = 0;
        Visit(root, seen, depth, (owner, field, value) =>
        {
            if (value is not BaseNumberExtractor inner || !field.FieldType.IsAssignableFrom(typeof(PrefilteredExtractor))) return;
            if (!wrappers.TryGetValue(inner, out var wrapper))
            {
                wrapper = PrefilteredExtractor.For(inner);
                wrappers[inner] = wrapper;
            }

            if (wrapper is null) return;
            field.SetValue(owner, wrapper);
            changed++;
        });
        return changed;
    }

    /// <summary>Every field of every object reachable from <paramref name="node"/> through the library's types and collections, with its owner and value.</summary>
    internal static void Visit(object node, HashSet<object> seen, int depth, Action<object, FieldInfo, object> onField)
    {
        if (depth > 16 || !seen.Add(node)) return;
        if (node is System.Collections.IDictionary dictionary)
        {
            foreach (System.Collections.DictionaryEntry entry in dictionary)
            {
                if (IsLibrary(entry.Key)) Visit(entry.Key, seen, depth + 1, onField);
                if (entry.Value is { } v && IsLibrary(v)) Visit(v, seen, depth + 1, onField);
            }

            return;
        }

        if (node is System.Collections.IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (item is not null && IsLibrary(item)) Visit(item, seen, depth + 1, onField);
            }

            return;
        }

        for (var type = node.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsValueType || field.GetValue(node) is not { } value) continue;
                onField(node, field, value);
                if (IsLibrary(value) || value is System.Collections.IEnumerable and not string) Visit(value, seen, depth + 1, onField);
            }
        }
    }

    private static bool IsLibrary(object value) =>
        value.GetType().Namespace?.StartsWith("Microsoft.Recognizers.Text", StringComparison.Ordinal) == true && value is not Regex;

    /// <summary>The twin deciding whether <paramref name="pattern"/> matches anywhere, or the pattern itself.</summary>
    public static Regex Twin(Regex pattern)
    {
        var text = pattern.ToString();
        if (text.Length < TwinMinLength || (pattern.Options & (RegexOptions.RightToLeft | RegexOptions.ECMAScript | RegexOptions.IgnorePatternWhitespace)) != 0) return pattern;
        text = Assertions(text, LeadingBoundary);
        text = Assertions(text, TrailingBoundary);
        try
        {
            return new Regex(text, (pattern.Options & ~RegexOptions.Compiled) | RegexOptions.NonBacktracking, pattern.MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return pattern;
        }
    }

    /// <summary>
    /// "(?&lt;=\b)" and "(?=\b)" written as "\b" wherever they are a group (not escaped, not in a character class): a
    /// look-behind or look-ahead at a zero-width assertion is the assertion itself.
    /// </summary>
    private static string Assertions(string pattern, string lookaround)
    {
        var text = new System.Text.StringBuilder(pattern.Length);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                text.Append(c).Append(pattern[i + 1]);
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                // A ']' first in a class ("[]a]", "[^]a]") is one of its characters, not its end.
                inClass = true;
                var first = i + 1 < pattern.Length && pattern[i + 1] == '^' ? i + 2 : i + 1;
                if (first < pattern.Length && pattern[first] == ']')
                {
                    text.Append(pattern, i, first - i + 1);
                    i = first;
                    continue;
                }
            }
            else if (string.CompareOrdinal(pattern, i, lookaround, 0, lookaround.Length) == 0)
            {
                text.Append(@"\b");
                i += lookaround.Length - 1;
                continue;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// A number extractor asked first which of its patterns match: none, it returns the empty list the library would
    /// have built; all, the library's extractor runs; some, a copy of it that holds only those runs (the others would
    /// have added no match: the extractor's results are built from the matches alone, whatever their order).
    /// </summary>
    internal sealed class PrefilteredExtractor : IExtractor
    {
        private static readonly ConditionalWeakTable<Regex, Regex> Twins = [];

        private static readonly MethodInfo Copy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

        private readonly BaseNumberExtractor inner;
        private readonly ImmutableDictionary<Regex, TypeTag> patterns;
        private readonly Regex[] keys;
        private readonly Regex[] twins;
        private readonly FieldInfo? patternsField;
        private readonly ConcurrentDictionary<ulong, BaseNumberExtractor> subsets = new();

        private PrefilteredExtractor(BaseNumberExtractor inner, ImmutableDictionary<Regex, TypeTag> patterns, Regex[] keys, Regex[] twins, FieldInfo? patternsField)
        {
            this.inner = inner;
            this.patterns = patterns;
            this.keys = keys;
            this.twins = twins;
            this.patternsField = patternsField;
        }

        /// <summary>A prefilter for <paramref name="inner"/>, or null when none of its patterns is worth a twin.</summary>
        public static PrefilteredExtractor? For(BaseNumberExtractor inner)
        {
            var property = typeof(BaseNumberExtractor).GetProperty("Regexes", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
            if (property?.GetValue(inner) is not ImmutableDictionary<Regex, TypeTag> patterns || patterns.Count == 0 || patterns.Count > 64) return null;
            if (!ReferenceEquals(patterns, property.GetValue(inner))) return null;
            var keys = patterns.Keys.ToArray();
            var twins = keys.Select(k => Twins.GetValue(k, Twin)).ToArray();
            if (!twins.Any(t => (t.Options & RegexOptions.NonBacktracking) != 0)) return null;

            // The field behind the patterns, for the copies that keep only some of them; without it, all or nothing.
            FieldInfo? field = null;
            for (var type = inner.GetType(); type is not null && field is null; type = type.BaseType)
            {
                field = type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
                    .FirstOrDefault(f => f.FieldType == typeof(ImmutableDictionary<Regex, TypeTag>) && ReferenceEquals(f.GetValue(inner), patterns));
            }

            return new PrefilteredExtractor(inner, patterns, keys, twins, field);
        }

        public IEnumerable<(Regex Pattern, Regex Twin)> Pairs => keys.Zip(twins);

        public List<ExtractResult> Extract(string input)
        {
            if (string.IsNullOrEmpty(input)) return inner.Extract(input);
            var matching = 0UL;
            for (var i = 0; i < twins.Length; i++)
            {
                if (twins[i].IsMatch(input)) matching |= 1UL << i;
            }

            if (matching == 0) return [];
            var all = twins.Length == 64 ? ulong.MaxValue : (1UL << twins.Length) - 1;
            if (matching == all || patternsField is null) return inner.Extract(input);
            return subsets.GetOrAdd(matching, Only).Extract(input);
        }

        private BaseNumberExtractor Only(ulong matching)
        {
            var copy = (BaseNumberExtractor)Copy.Invoke(inner, null)!;
            var dropped = keys.Where((_, i) => (matching & (1UL << i)) == 0);
            patternsField!.SetValue(copy, patterns.RemoveRange(dropped));
            return copy;
        }
    }
}
