using ServiceDesk.Bench.Recognition;

return RecognitionBench.Run(Console.Out);
