using ServiceDesk.Bench.Load;

return await LoadBench.RunAsync(LoadBenchOptions.Parse(args), Console.Out).ConfigureAwait(false);
