using System.Text.RegularExpressions;
using ServiceDesk.Core.Recognition.Dates.Model;

namespace ServiceDesk.Core.Recognition.Dates.Rules;

/// <summary>A pattern over folded text and what a match of it means (null: not a date-time after all).</summary>
internal sealed record Rule(Regex Pattern, Func<Match, DateContext, Temporal?> Build);
