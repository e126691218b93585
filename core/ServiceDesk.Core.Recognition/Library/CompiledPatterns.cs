using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ServiceDesk.Core.Recognition.Library;

/// <summary>
/// Has the library's patterns that readings actually run matched by code .NET's regex compiler generates, instead of its
/// interpreter: the same matches, a first message read in a sixteenth of the time.
/// </summary>
/// <remarks>
/// <para>
/// Measured: after the number prefilter and the memo, a first message's date reading was still about 2.5 ms of the
/// bot's CPU in the 200-person load bench (0.42 ms per message handled, the largest part of a turn), two thirds of it
/// the regular-expression interpreter running the date model's patterns. The library builds every pattern without
/// <see cref="RegexOptions.Compiled"/>. In a loop of first messages, each new to the model (the scratch measurement of
/// 6 December): French 2.4–2.6 ms, English 6.5–6.8 ms per reading interpreted; 0.15–0.16 ms and 0.44–0.51 ms once the
/// patterns that had run were compiled (357 of the 2,096 the two date models hold), for 0.35 s of CPU and 25 MB.
/// Compiling all 2,010 candidates instead cost 1.6 s and 105 MB for the same speed: most patterns never run.
/// </para>
/// <para>
/// How, without touching the library's objects: a pattern is compiled in place. Its compiled twin (same text, options
/// and time-out, plus <see cref="RegexOptions.Compiled"/>, built under the culture the model was built under, which
/// decides how case is ignored) lends it its runner factory, and the pattern's cached interpreter runner is dropped; every
/// holder of the pattern (fields, static arrays, the number extractors' dictionaries whose keys the prefilter looks up
/// by reference) then matches with compiled code. .NET's compiled and interpreted engines implement the same backtracking
/// semantics; each compiled pattern is checked against a fresh interpreted copy of itself on the public suites' texts
/// (CompiledPatternsTests), and the models' results against the library's own model (DateTimeIdentityTests). The two
/// fields are the runtime's own (<c>Regex.factory</c>, protected, and <c>Regex._runner</c>, its runner cache); a runtime
/// without them compiles nothing, and readings go on interpreted.
/// </para>
/// <para>
/// Which: the patterns of the tracked models (<see cref="Track"/>) that have run since, seen by their cached runner, and
/// no longer than <see cref="MaxCompiledLength"/> characters (longer ones are the number words' patterns that the
/// prefilter keeps from running). When: <see cref="RecognizerWarmUp"/> compiles what its made-up messages ran, then reads
/// them again so that the JIT compiles the generated code at start; every <see cref="SweepEvery"/> readings after that,
/// a sweep on the thread pool compiles what has run since (a pattern first needed by a rare text).
/// </para>
/// </remarks>
internal static class CompiledPatterns
{
    /// <summary>Longer patterns stay interpreted (compiling them costs more than they run).</summary>
    public const int MaxCompiledLength = 4_000;

    /// <summary>Readings between two sweeps for patterns run since the last one.</summary>
    public const int SweepEvery = 1_024;

    private static readonly Lock Gate = new();
    private static readonly List<Candidate> Candidates = [];
    private static readonly HashSet<Regex> Known = new(ReferenceEqualityComparer.Instance);
    private static bool unsupported;
    private static int readings;

    /// <summary>Patterns compiled so far.</summary>
    public static int CompiledCount
    {
        get
        {
            lock (Gate)
            {
                return Candidates.Count(c => c.Compiled);
            }
        }
    }

    /// <summary>Patterns tracked (candidates to compile once they have run).</summary>
    public static int TrackedCount
    {
        get
        {
            lock (Gate)
            {
                return Candidates.Count;
            }
        }
    }

    /// <summary>
    /// Records the patterns reachable from <paramref name="model"/> (its objects, their lists and dictionaries, the
    /// project's wrappers around them, and the static fields of their classes) as candidates, under the current culture.
    /// </summary>
    public static void Track(object model)
    {
        var culture = CultureInfo.CurrentCulture;
        var found = Patterns(model);
        lock (Gate)
        {
            foreach (var pattern in found)
            {
                if (pattern.ToString().Length <= MaxCompiledLength
                    && (pattern.Options & (RegexOptions.Compiled | RegexOptions.NonBacktracking)) == 0
                    && Known.Add(pattern))
                {
                    Candidates.Add(new Candidate(pattern, culture));
                }
            }
        }
    }

    /// <summary>Counts a reading; every <see cref="SweepEvery"/>th queues a sweep (<see cref="CompileUsed"/>) to the thread pool.</summary>
    public static void Read()
    {
        if (Interlocked.Increment(ref readings) % SweepEvery == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => CompileUsed(), null);
        }
    }

    /// <summary>Compiles, in place, the candidates that have run since they were tracked; returns how many.</summary>
    public static int CompileUsed()
    {
        lock (Gate)
        {
            if (unsupported)
            {
                return 0;
            }

            var compiled = 0;
            try
            {
                foreach (var candidate in Candidates)
                {
                    if (candidate.Compiled)
                    {
                        candidate.DropInterpreterRunner();
                    }
                    else if (candidate.HasRun)
                    {
                        candidate.Compile();
                        compiled++;
                    }
                }
            }
            catch (Exception error) when (error is MissingFieldException or MissingMemberException)
            {
                // The runtime's fields are not there: nothing more is compiled, readings stay interpreted.
                unsupported = true;
            }

            return compiled;
        }
    }

    /// <summary>Compiled patterns, each with a fresh interpreted copy of itself (for tests: each pair must match alike).</summary>
    public static IReadOnlyList<(Regex Compiled, Regex Interpreted)> Pairs()
    {
        lock (Gate)
        {
            return [.. Candidates.Where(c => c.Compiled).Select(c => (c.Pattern, new Regex(c.Pattern.ToString(), c.Pattern.Options, c.Pattern.MatchTimeout)))];
        }
    }

    /// <summary>The class of the runner <paramref name="pattern"/> last matched with (for tests), null before its first match.</summary>
    public static string? RunnerOf(Regex pattern) => Runtime.Runner(pattern)?.GetType().Name;

    private sealed class Candidate(Regex pattern, CultureInfo culture)
    {
        private Type? interpreterRunner;

        public Regex Pattern { get; } = pattern;

        public bool Compiled { get; private set; }

        public bool HasRun => Runtime.Runner(Pattern) is not null;

        public void Compile()
        {
            var before = CultureInfo.CurrentCulture;
            Regex twin;
            try
            {
                CultureInfo.CurrentCulture = culture;
                twin = new Regex(Pattern.ToString(), Pattern.Options | RegexOptions.Compiled, Pattern.MatchTimeout);
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
            }

            interpreterRunner = Runtime.Runner(Pattern)?.GetType();
            Runtime.Factory(Pattern) = Runtime.Factory(twin);
            Runtime.Runner(Pattern) = null;
            Compiled = true;
        }

        /// <summary>
        /// A match running while the factory changed hands puts its interpreter runner back in the cache when it ends, and
        /// the pattern would go on with it: dropped at the next sweep.
        /// </summary>
        public void DropInterpreterRunner()
        {
            ref var cached = ref Runtime.Runner(Pattern);
            if (cached is { } runner && runner.GetType() == interpreterRunner)
            {
                Interlocked.CompareExchange(ref cached, null, runner);
            }
        }
    }

    /// <summary>The runtime's own fields of a pattern: its runner factory and its cached runner.</summary>
    private static class Runtime
    {
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "factory")]
        public static extern ref RegexRunnerFactory? Factory(Regex pattern);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_runner")]
        public static extern ref RegexRunner? Runner(Regex pattern);
    }

    /// <summary>Every pattern reachable from <paramref name="root"/> through the library's objects and the project's wrappers.</summary>
    private static List<Regex> Patterns(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new HashSet<Regex>(ReferenceEqualityComparer.Instance);
        var types = new HashSet<Type>();
        Visit(root, 0);
        foreach (var type in types.ToList())
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && !field.FieldType.ContainsGenericParameters && field.GetValue(null) is { } value)
                {
                    Visit(value, 1);
                }
            }
        }

        return [.. found];

        void Visit(object node, int depth)
        {
            if (depth > 32 || node is string or Type or Delegate or MemberInfo or Assembly || node.GetType().IsPrimitive || node.GetType().IsEnum)
            {
                return;
            }

            if (node is Regex pattern)
            {
                found.Add(pattern);
                return;
            }

            if (!seen.Add(node))
            {
                return;
            }

            if (node is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    Visit(entry.Key, depth + 1);
                    if (entry.Value is { } value)
                    {
                        Visit(value, depth + 1);
                    }
                }

                return;
            }

            if (node is IEnumerable items)
            {
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Visit(item, depth + 1);
                    }
                }

                return;
            }

            var space = node.GetType().Namespace ?? "";
            if (!space.StartsWith("Microsoft.Recognizers", StringComparison.Ordinal) && !space.StartsWith("ServiceDesk.Core.Recognition", StringComparison.Ordinal))
            {
                return;
            }

            types.Add(node.GetType());
            for (var type = node.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if ((!field.FieldType.IsValueType || field.FieldType.IsGenericType) && field.GetValue(node) is { } value)
                    {
                        Visit(value, depth + 1);
                    }
                }
            }
        }
    }
}
