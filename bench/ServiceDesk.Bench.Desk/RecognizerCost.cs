using System.Globalization;
using ServiceDesk.Core.Recognition.Dates;

namespace ServiceDesk.Bench.Desk;

/// <summary>
/// The date recognizer alone on each message of the conversation, as a turn calls it (when did the problem start?):
/// the calling thread's CPU and bytes per call, each text made unique the way the people's are (their workstation
/// number), since the library keeps the results of texts it has read (a repeated text costs far less).
/// </summary>
internal static class RecognizerCost
{
    public static IEnumerable<string> Measure(int calls)
    {
        var reference = TimeProvider.System.GetLocalNow().DateTime;
        for (var step = 0; step < DeskScript.Steps.Count; step++)
        {
            var texts = Enumerable.Range(0, calls).Select(i => string.Format(CultureInfo.InvariantCulture, DeskScript.Steps[step], 100_000 + i)).ToList();
            var started = ThreadCpuClock.Now();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            foreach (var text in texts)
            {
                _ = DateTimeRecognizer.SinceWhen(text, "fr-FR", reference);
            }

            var microseconds = (ThreadCpuClock.Now() - started) / 1e3 / calls;
            var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / calls;
            yield return string.Create(CultureInfo.InvariantCulture, $"  date recognizer, message {step + 1}: {microseconds,8:0} µs/call  {kilobytes,6:0.0} kB/call  « {DeskScript.Steps[step]} »");
        }
    }
}
