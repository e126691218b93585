using System.Diagnostics;
using System.Globalization;
using ServiceDesk.Core.Recognition.Choices;
using ServiceDesk.Core.Recognition.Dates;
using ServiceDesk.Core.Recognition.Dates.Rules;
using ServiceDesk.Core.Recognition.Numbers;
using ServiceDesk.Core.Recognition.Text;
using ServiceDesk.Core.Recognition.Tickets;

namespace ServiceDesk.Bench.Recognition;

internal static class RuleProfile
{
    public static int Run(TextWriter output)
    {
        var reference = new DateTime(2024, 3, 13, 10, 30, 0, DateTimeKind.Unspecified);
        string[] texts = ["Bonjour, depuis hier 15h Outlook refuse mon mot de passe et je ne peux plus envoyer de mails à mon équipe", "Hi, since last Monday the VPN drops every two hours and I lose my session, ticket 42 is still open"];
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 3) { DateTimeRecognizer.Recognize(texts[0], "fr-FR", reference); DateTimeRecognizer.Recognize(texts[1], "en-US", reference); NumberRecognizer.Recognize(texts[0], "fr-FR"); YesNoRecognizer.Recognize(texts[1], "en-US"); }
        foreach (var (text, fr) in new[] { (texts[0], true), (texts[1], false) })
        {
            var culture = fr ? "fr-FR" : "en-US";
            Time(output, "dates", () => DateTimeRecognizer.Recognize(text, culture, reference).Count);
            Time(output, "numbers", () => NumberRecognizer.Recognize(text, culture).Count);
            Time(output, "tickets", () => TicketReferenceRecognizer.Find(text).Count);
            Time(output, "yesno", () => YesNoRecognizer.Recognize(text, culture) is null ? 0 : 1);
            Time(output, "choices", () => ChoiceRecognizer.Recognize(text, [new("Juste moi", ["only me"]), new("Mon équipe", ["the team"]), new("Tout le monde", ["everyone"])], culture) is null ? 0 : 1);
            Time(output, "ordinals", () => OrdinalRecognizer.Recognize(text, culture).Count);
            Time(output, "chatwords", () => ChatText.Words(text, true).Length);
            Time(output, "fold", () => TextNormalizer.Normalize(text).Length);
            var book = RuleBook.For(fr);
            var folded = TextNormalizer.Normalize(text);
            
            var ctx = new DateContext(text, folded, book.Words, reference);
            Time(output, "atoms", () => DateTimeEngine.Atoms(book, ctx).Count);
            Time(output, "atoms-unfiltered", () => DateTimeEngine.Atoms(book, ctx, false).Count);
            Time(output, "view-ctor", () => new WordView(folded, book.Filter).GetHashCode());
            Time(output, "view-ctor-other-book", () => new WordView(folded, RuleBook.For(!fr).Filter).GetHashCode());
            foreach (var tok in folded.Split(' ')) output.Write(string.Create(CultureInfo.InvariantCulture, $"{tok}:{Median(() => (int)(book.Filter.RulesFor(tok, out _) & 1)):0.00} "));
            output.WriteLine();

            Time(output, "views", () => { var v = new WordView(folded, book.Filter); var n = 0; for (var r = 0; r < book.Rules.Count; r++) n += v.For(r).Length; return n; });
            
            Time(output, "scan-views", () => { var v = new WordView(folded, book.Filter); var n = 0; for (var r = 0; r < book.Rules.Count; r++) { var t = v.For(r); if (!t.IsEmpty) n += book.Rules[r].Pattern.IsMatch(t) ? 1 : 0; } return n; });
            var atoms = DateTimeEngine.Atoms(book, ctx);
            output.WriteLine($"atoms n={atoms.Count}");
            Time(output, "combine", () => ServiceDesk.Core.Recognition.Dates.Combining.Combiner.Combine(atoms, ctx).Count);
            var all = ServiceDesk.Core.Recognition.Dates.Combining.Combiner.Combine(atoms, ctx);
            Time(output, "  modjoin", () => all.Count(c => ServiceDesk.Core.Recognition.Dates.Combining.ModifierJoin.Try(c, ctx) is not null));
            Time(output, "  durjoin", () => all.Count(c => ServiceDesk.Core.Recognition.Dates.Combining.DurationJoin.TryAlone(c, ctx) is not null));
            Time(output, "  pairs", () => ServiceDesk.Core.Recognition.Dates.Combining.Pair.All(all, ctx).Count());
            Time(output, "  dtjoin", () => ServiceDesk.Core.Recognition.Dates.Combining.Pair.All(all, ctx).Count(p => ServiceDesk.Core.Recognition.Dates.Combining.DateTimeJoin.Try(p) is not null));
            Time(output, "  rangejoin", () => ServiceDesk.Core.Recognition.Dates.Combining.Pair.All(all, ctx).Count(p => ServiceDesk.Core.Recognition.Dates.Combining.RangeJoin.Try(p) is not null));
            Time(output, "  setjoin", () => ServiceDesk.Core.Recognition.Dates.Combining.Pair.All(all, ctx).Count(p => ServiceDesk.Core.Recognition.Dates.Combining.SetJoin.Try(p) is not null));
            Time(output, "  durpair", () => ServiceDesk.Core.Recognition.Dates.Combining.Pair.All(all, ctx).Count(p => ServiceDesk.Core.Recognition.Dates.Combining.DurationJoin.TryPair(p) is not null));
            Time(output, "write", () => DateTimeEngine.Select(all).Select(c => DateTimeEngine.Write(c, ctx)).Count());
            output.WriteLine($"all n={all.Count}");
            Time(output, "select", () => DateTimeEngine.Select(all).Count);
            var vis = folded;
            var costs = new List<(double, int, string)>();
            var wv = new WordView(folded, book.Filter);
            var running = 0; var matching = 0;
            for (var i = 0; i < book.Rules.Count; i++)
            {
                var rx = book.Rules[i].Pattern;
                var seen = wv.For(i).ToString();
                if (seen.Length > 0) running++;
                if (seen.Length > 0 && rx.IsMatch(seen))
                {
                    matching++;
                    var rule = book.Rules[i];
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  match r{i} scan+build {Median(() => Patterns.Scan(rx, seen).Count(m => rule.Build(m, ctx) is not null)):0.00} µs: {string.Join(", ", Patterns.Scan(rx, seen).Select(m => m.Value))}"));
                }
                var t = seen.Length == 0 ? 0 : Median(() => rx.IsMatch(seen) ? 1 : 0);
                costs.Add((t, i, rx.ToString()[..Math.Min(90, rx.ToString().Length)]));
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules {book.Rules.Count}, sum {costs.Sum(c => c.Item1):0.0} running {running} matching {matching}"));
            foreach (var c in costs.OrderByDescending(c => c.Item1).Take(0))
            {
                var rx = book.Rules[c.Item2].Pattern;
                var o = rx.Options;
                var noTimeout = new System.Text.RegularExpressions.Regex(rx.ToString(), o);
                var blank = new string(ServiceDesk.Core.Recognition.Dates.Rules.WordView.Hidden, vis.Length);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#{c.Item2}: vis {Median(() => Patterns.Scan(rx, vis).Count()):0.00} notimeout {Median(() => Patterns.Scan(noTimeout, vis).Count()):0.00} blank {Median(() => Patterns.Scan(rx, blank).Count()):0.00} ismatch {Median(() => rx.IsMatch(vis) ? 1 : 0):0.00}"));
            }
            foreach (var c in costs.OrderByDescending(c => c.Item1).Take(8)) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Item1,8:0.00} #{c.Item2} {c.Item3}"));
        }
        return 0;
    }

    private static void Time(TextWriter output, string name, Func<int> f)
    {
        var t = Median(f);
        var a = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) f();
        a = (GC.GetAllocatedBytesForCurrentThread() - a) / 100;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {t:0.0} µs {a} B"));
    }

    private static double Median(Func<int> f)
    {
        for (var i = 0; i < 300; i++) f();
        var s = new double[1001];
        for (var i = 0; i < s.Length; i++) { var t = Stopwatch.GetTimestamp(); f(); s[i] = Stopwatch.GetElapsedTime(t).TotalMicroseconds; }
        Array.Sort(s);
        return s[100];
    }
}
