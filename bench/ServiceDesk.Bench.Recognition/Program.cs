using ServiceDesk.Bench.Recognition;

// "--first-message": only the date reading of first messages (FirstMessageBench), after building the models.
if (args.Contains("--first-message"))
{
    ServiceDesk.Core.Recognition.RecognizerWarmUp.Run();
    FirstMessageBench.Run(Console.Out);
    return 0;
}

return RecognitionBench.Run(Console.Out);
