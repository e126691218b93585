using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace ServiceDesk.Core.Recognition.Library;

/// <summary>
/// One reading of a message asks each kind of date sub-extractor about each text once, where the library asks it
/// several times; the results are the library's, copied.
/// </summary>
/// <remarks>
/// <para>
/// Measured (every sub-extractor call counted during one reading): the merged extractor runs its sub-extractors (date,
/// time, date-time, date period, time period, date-time period, duration, set, holiday) on the text, and they run one
/// another on the same text; the set extractor, for each "chaque", "tous les", "every" in it, runs six whole extractors
/// again on the text without that word ("à chaque fois" is common in a support message). The library builds each of
/// those extractors anew in each configuration that holds one (111 distinct instances per culture, 12 date extractor
/// configurations), so the same question goes to many instances: for the desk bench's first message, 64 calls, 48
/// distinct (instance, text) pairs, but only 17 distinct (kind, text) pairs over 2 texts.
/// </para>
/// <para>
/// So instances are grouped by what they compute: two extractors whose object graphs are the same (same types, same
/// patterns and options, same word lists and values, field by field) give the same answer for the same text and
/// reference moment. The comparison is made once, when the model is built; anything it cannot prove equal (an unknown
/// shape, a graph too deep) stays in a group of its own, which only costs speed. Caches (a dictionary of results a
/// copy keeps by text) are not compared: they hold answers, not rules. Every field of the library's configurations that
/// holds a date extractor is declared as one of its interfaces (<see cref="IDateTimeExtractor"/>,
/// <see cref="IDateExtractor"/>, <see cref="IDateTimeZoneExtractor"/>), so a wrapper implementing the same interface,
/// delegating every member, takes its place. The library casts one of them back to its class
/// ((BaseDateExtractor)config.DateExtractor, to read a year): the date extractor's wrapper is therefore a subclass of
/// BaseDateExtractor built on the wrapped one's configuration, overriding its two (virtual) Extract methods.
/// </para>
/// <para>
/// The memo lives only inside one reading (<see cref="Enter"/>, on the reading's thread: the model's parse is
/// synchronous) and is emptied when the reading ends, so nothing is kept between messages. Results are mutable (the
/// library shifts offsets and sets metadata on the results it receives): the memo keeps its own copies and hands each
/// caller new ones (start, length, text, type, data, and a copy of the metadata, whose fields are all values or strings).
/// A result whose data or metadata is of a shape the copy does not know is not remembered: that call runs as before.
/// Outside a reading, and for the overload without a reference moment (which reads the clock), the wrapper only
/// delegates. Results are checked identical to the library's own model (DateTimeIdentityTests).
/// </para>
/// </remarks>
internal static class ExtractorMemo
{
    private const int MaxCompareDepth = 40;

    [ThreadStatic]
    private static Dictionary<Key, List<ExtractResult>>? memo;

    [ThreadStatic]
    private static int readings;

    /// <summary>Calls answered from the memo and calls passed to the library on this thread, for tests and the bench.</summary>
    [ThreadStatic]
    private static (long Hits, long Misses) counts;

    public static (long Hits, long Misses) Counts => counts;

    /// <summary>Starts one reading on this thread; dispose to end it (the memo is emptied when the outermost reading ends).</summary>
    public static Reading Enter()
    {
        memo ??= [];
        readings++;
        return default;
    }

    internal readonly struct Reading : IDisposable
    {
        public void Dispose()
        {
            if (--readings == 0)
            {
                memo?.Clear();
            }
        }
    }

    /// <summary>
    /// Puts a memo in front of every date extractor reachable from <paramref name="root"/> (a model) in a field typed as
    /// the library's extractor interface; extractors proven to compute the same thing share one memo key. Returns how
    /// many fields were changed and how many groups the extractors fell into.
    /// </summary>
    public static (int Fields, int Extractors, int Groups) Install(object root)
    {
        var found = new List<(object Owner, FieldInfo Field, IDateTimeExtractor Extractor)>();
        NumberPrefilter.Visit(root, new HashSet<object>(ReferenceEqualityComparer.Instance), 0, (owner, field, value) =>
        {
            if (value is IDateTimeExtractor extractor and not IMemoized)
            {
                found.Add((owner, field, extractor));
            }
        });

        // Group before changing any field: the comparison reads the library's graph as it was built.
        var distinct = found.Select(f => f.Extractor).Distinct(ReferenceEqualityComparer.Instance).Cast<IDateTimeExtractor>().ToList();
        var groups = new List<(IDateTimeExtractor Representative, object Key)>();
        var wrappers = new Dictionary<object, IDateTimeExtractor?>(ReferenceEqualityComparer.Instance);
        foreach (var extractor in distinct)
        {
            var key = groups.FirstOrDefault(g => g.Representative.GetType() == extractor.GetType() && new Structure().Same(g.Representative, extractor, 0)).Key;
            if (key is null)
            {
                key = new object();
                groups.Add((extractor, key));
            }

            wrappers[extractor] = Wrap(extractor, key);
        }

        var changed = 0;
        foreach (var (owner, field, extractor) in found)
        {
            var wrapper = wrappers[extractor];
            if (wrapper is null || !field.FieldType.IsInstanceOfType(wrapper))
            {
                continue;
            }

            field.SetValue(owner, wrapper);
            changed++;
        }

        return (changed, distinct.Count, groups.Count);
    }

    /// <summary>True when <paramref name="root"/>'s graph holds a memo (for tests: the library's own model must not).</summary>
    public static bool IsInstalled(object root)
    {
        var found = false;
        NumberPrefilter.Visit(root, new HashSet<object>(ReferenceEqualityComparer.Instance), 0, (_, _, value) => found |= value is IMemoized);
        return found;
    }

    private readonly record struct Key(object Group, string Text, long Ticks, DateTimeKind Kind);

    /// <summary>A date extractor answering from the reading's memo, keyed by its group, the text and the reference moment.</summary>
    internal interface IMemoized;

    // Each wrapper below delegates every member of the interface it takes the place of; only Extract(text, reference) goes through the memo.

    private static IDateTimeExtractor? Wrap(IDateTimeExtractor inner, object group) => inner switch
    {
        // The library casts its date extractors back to their class (the date period extractor and parser call
        // ((BaseDateExtractor)config.DateExtractor).GetYearFromText; no other such cast in its source): that one is wrapped
        // by a subclass on the same configuration, and a date extractor that cannot be (a subclass of it, a configuration
        // not found) is left as it is.
        BaseDateExtractor date => date.GetType() == typeof(BaseDateExtractor) && MemoBaseDate.ConfigurationOf(date) is { } configuration
            ? new MemoBaseDate(date, configuration, group)
            : null,
        IDateTimeZoneExtractor zone => new MemoZone(zone, group),
        IDateExtractor date => new MemoDate(date, group),
        _ => new MemoExtractor(inner, group),
    };

    private static List<ExtractResult> Answer(IDateTimeExtractor inner, object group, string input, DateTime reference)
    {
        if (readings == 0 || memo is null || input is null)
        {
            return inner.Extract(input!, reference);
        }

        var key = new Key(group, input, reference.Ticks, reference.Kind);
        if (memo.TryGetValue(key, out var known))
        {
            counts.Hits++;
            return Copy(known)!;
        }

        counts.Misses++;
        var results = inner.Extract(input, reference);
        if (Copy(results) is { } kept)
        {
            memo[key] = kept;
        }

        return results;
    }

    private class MemoExtractor(IDateTimeExtractor inner, object group) : IDateTimeExtractor, IMemoized
    {
        public List<ExtractResult> Extract(string input) => inner.Extract(input);

        public List<ExtractResult> Extract(string input, DateTime reference) => Answer(inner, group, input, reference);
    }

    private sealed class MemoDate(IDateExtractor inner, object group) : MemoExtractor(inner, group), IDateExtractor
    {
        public int GetYearFromText(Match match) => inner.GetYearFromText(match);
    }

    private sealed class MemoZone(IDateTimeZoneExtractor inner, object group) : MemoExtractor(inner, group), IDateTimeZoneExtractor
    {
        public List<ExtractResult> RemoveAmbiguousTimezone(List<ExtractResult> ers) => inner.RemoveAmbiguousTimezone(ers);
    }

    /// <summary>The library's date extractor class built on the wrapped one's configuration (so every member it does not override answers the same), answering from the memo.</summary>
    private sealed class MemoBaseDate(BaseDateExtractor inner, IDateExtractorConfiguration configuration, object group) : BaseDateExtractor(configuration), IMemoized
    {
        public static IDateExtractorConfiguration? ConfigurationOf(BaseDateExtractor extractor)
        {
            for (var type = extractor.GetType(); type is not null; type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (typeof(IDateExtractorConfiguration).IsAssignableFrom(field.FieldType) && field.GetValue(extractor) is IDateExtractorConfiguration found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        public override List<ExtractResult> Extract(string text) => inner.Extract(text);

        public override List<ExtractResult> Extract(string text, DateTime reference) => Answer(inner, group, text, reference);
    }

    /// <summary>Object.MemberwiseClone as a delegate, made once: a reflection call per copied result would cost on every reading.</summary>
    private static readonly Func<object, object> ShallowCopy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!
        .CreateDelegate<Func<object, object>>();

    /// <summary>New results equal to <paramref name="results"/>, sharing nothing mutable with them; null when one is of a shape not known here.</summary>
    private static List<ExtractResult>? Copy(List<ExtractResult>? results)
    {
        if (results is null)
        {
            return null;
        }

        var copy = new List<ExtractResult>(results.Count);
        foreach (var result in results)
        {
            if (Copy(result) is not { } one)
            {
                return null;
            }

            copy.Add(one);
        }

        return copy;
    }

    private static ExtractResult? Copy(ExtractResult? result)
    {
        if (result is null || result.GetType() != typeof(ExtractResult))
        {
            return null;
        }

        object? data;
        switch (result.Data)
        {
            case null or string or int or long or double or bool or decimal:
                data = result.Data;
                break;
            case ExtractResult inner:
                if (Copy(inner) is not { } innerCopy)
                {
                    return null;
                }

                data = innerCopy;
                break;
            case List<ExtractResult> list:
                if (Copy(list) is not { } listCopy)
                {
                    return null;
                }

                data = listCopy;
                break;
            default:
                return null;
        }

        Metadata? metadata = null;
        if (result.Metadata is { } original)
        {
            if (original.GetType() != typeof(Metadata))
            {
                return null;
            }

            metadata = (Metadata)ShallowCopy(original);
        }

        return new ExtractResult { Start = result.Start, Length = result.Length, Text = result.Text, Type = result.Type, Data = data, Metadata = metadata };
    }

    /// <summary>
    /// Whether two object graphs are the same, field by field (patterns by text and options, collections in order,
    /// cycles assumed equal while being compared). Anything unsure answers false.
    /// </summary>
    private sealed class Structure
    {
        private readonly HashSet<(object, object)> comparing = new(PairComparer.Instance);

        public bool Same(object? a, object? b, int depth)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            if (a is null || b is null)
            {
                return false;
            }

            var type = a.GetType();
            if (type != b.GetType())
            {
                return false;
            }

            switch (a)
            {
                case string or decimal or DateTime or TimeSpan or Enum:
                    return a.Equals(b);
                case Regex pattern:
                    var other = (Regex)b;
                    return pattern.Options == other.Options && pattern.MatchTimeout == other.MatchTimeout && pattern.ToString() == other.ToString();
                case MemberInfo or CultureInfo:
                    return a.Equals(b);
                case Delegate first:
                    var second = (Delegate)b;
                    return first.GetInvocationList().Length == 1 && second.GetInvocationList().Length == 1
                        && first.Method == second.Method && Same(first.Target, second.Target, depth + 1);
                case Pointer:
                    return false;
            }

            if (type.IsPrimitive)
            {
                return a.Equals(b);
            }

            if (IsCache(type))
            {
                return true;
            }

            if (depth > MaxCompareDepth)
            {
                return false;
            }

            if (!type.IsValueType && !comparing.Add((a, b)))
            {
                return true;
            }

            if (a is Array left)
            {
                var right = (Array)b;
                if (left.Rank != 1 || left.Length != right.Length)
                {
                    return false;
                }

                for (var i = 0; i < left.Length; i++)
                {
                    if (!Same(left.GetValue(i), right.GetValue(i), depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (a is System.Collections.IEnumerable items)
            {
                var others = ((System.Collections.IEnumerable)b).GetEnumerator();
                foreach (var item in items)
                {
                    if (!others.MoveNext() || !Same(item, others.Current, depth + 1))
                    {
                        return false;
                    }
                }

                return !others.MoveNext();
            }

            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsValueType)
            {
                return false;
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRef)
                    {
                        return false;
                    }

                    if (!Same(field.GetValue(a), field.GetValue(b), depth + 1))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // What a copy remembers by text (the number prefilter's subsets of patterns): answers, not rules.
        private static bool IsCache(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ConcurrentDictionary<,>);
    }

    private sealed class PairComparer : IEqualityComparer<(object, object)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((object, object) x, (object, object) y) => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((object, object) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
