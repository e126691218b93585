using ServiceDesk.Bot;

return await BotCommandLine.RunAsync(args).ConfigureAwait(false);
