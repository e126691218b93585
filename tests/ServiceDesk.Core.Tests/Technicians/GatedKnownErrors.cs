using ServiceDesk.Core.KnownErrors;
using ServiceDesk.Core.Tickets;

namespace ServiceDesk.Core.Tests.Technicians;

/// <summary>
/// A knowledge base that finds nothing and, for a description containing <paramref name="slowWord"/>, takes as long as
/// the test wants: the search holds its turn (synchronously, as a real slow search would) until <see cref="Release"/>.
/// </summary>
internal sealed class GatedKnownErrors(string slowWord) : IKnownErrorSearch, IDisposable
{
    private readonly ManualResetEventSlim _released = new();

    /// <summary>Completed when a slow search has started.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<KnownErrorSuggestion> Suggest(string text, string language, TicketFacts facts, int top)
    {
        if (text.Contains(slowWord, StringComparison.OrdinalIgnoreCase))
        {
            Entered.TrySetResult();
            _released.Wait(TimeSpan.FromMinutes(2));
        }

        return [];
    }

    public void Release() => _released.Set();

    public void Dispose() => _released.Dispose();
}
