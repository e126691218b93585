using System.Text.RegularExpressions;
using ServiceDesk.Bench.Recognition.RuleEngine.Dates.Model;

namespace ServiceDesk.Bench.Recognition.RuleEngine.Dates.Rules;

/// <summary>A pattern over folded text and what a match of it means (null: not a date-time after all).</summary>
internal sealed record Rule(Regex Pattern, Func<Match, DateContext, Temporal?> Build);
