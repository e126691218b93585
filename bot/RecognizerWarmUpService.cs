using Microsoft.Extensions.Hosting;
using ServiceDesk.Core.Recognition;

namespace ServiceDesk.Bot;

/// <summary>Builds the recognizer's models in the background at start, so the first person's answer does not wait for them.</summary>
internal sealed class RecognizerWarmUpService : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(RecognizerWarmUp.Run, stoppingToken);
}
