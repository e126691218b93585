using ServiceDesk.Bench.Indicators;

return IndicatorBench.Run(args, Console.Out);
