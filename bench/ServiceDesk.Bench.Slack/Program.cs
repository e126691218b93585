using System.Globalization;
using ServiceDesk.Bench.Slack;

var messages = args.Length == 2 && args[0] == "--messages" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000;
return await SlackBench.RunAsync(messages, Console.Out);
