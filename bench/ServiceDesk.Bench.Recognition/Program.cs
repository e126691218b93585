using ServiceDesk.Bench.Recognition;

return args.Length > 0 && args[0] == "--rules" ? RuleProfile.Run(Console.Out) : RecognitionBench.Run(Console.Out);
