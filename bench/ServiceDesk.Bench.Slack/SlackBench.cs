using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using ServiceDesk.Adapters.Slack;
using ServiceDesk.Adapters.Slack.Inbound;
using ServiceDesk.Adapters.Slack.SocketMode;
using ServiceDesk.Adapters.Slack.WebApi;
using ServiceDesk.Testing.FakeSlack;

namespace ServiceDesk.Bench.Slack;

/// <summary>
/// Messages per second through the Slack adapter against the fake Slack on loopback: every envelope parsed,
/// checked for repeats, kept, acknowledged on its socket; then, for the second figure, an answer posted with
/// chat.postMessage to that person's conversation (one conversation per person, so the 1/s/channel pacing is not
/// what is measured). The baseline, a bare WebSocket echo of the same frames, runs in the same process and run.
/// </summary>
internal static class SlackBench
{
    public static async Task<int> RunAsync(int count, TextWriter output)
    {
        var envelopes = Enumerable.Range(0, count)
            .Select(i => FakeSlackPayloads.EventsApiEnvelope(FakeSlackPayloads.MessageEvent($"U{i:D6}", $"D{i:D6}", $"Bonjour, l'imprimante du 3e étage ne marche plus depuis ce matin ({i})")))
            .ToList();
        output.WriteLine($"Slack adapter bench: {count:N0} messages, {Environment.ProcessorCount} cores, envelope ~{envelopes[0].ToJsonString().Length} bytes");

        await EchoBaseline.MessagesPerSecondAsync([.. envelopes.Take(Math.Min(500, count)).Select(e => e.ToJsonString())]); // warm-up
        var echo = await EchoBaseline.MessagesPerSecondAsync([.. envelopes.Select(e => e.ToJsonString())]);
        var ackOnly = await ThroughSocketModeAsync(envelopes, post: false);
        var ackAndPost = await ThroughSocketModeAsync(envelopes, post: true);

        output.WriteLine($"  baseline, raw WebSocket echo          {echo,10:N0} messages/s");
        output.WriteLine($"  Socket Mode: parse, keep, ack         {ackOnly,10:N0} messages/s  ({ackOnly / echo:P0} of the echo)");
        output.WriteLine($"  Socket Mode ack + chat.postMessage    {ackAndPost,10:N0} messages/s  ({ackAndPost / echo:P0} of the echo)");
        return 0;
    }

    private static async Task<double> ThroughSocketModeAsync(IReadOnlyList<System.Text.Json.Nodes.JsonObject> envelopes, bool post)
    {
        await using var slack = await FakeSlack.StartAsync();
        using var http = new HttpClient();
        using var stop = new CancellationTokenSource();
        var timings = SlackTimings.Default;
        var options = new SlackOptions { BotToken = FakeSlack.BotToken, AppToken = FakeSlack.AppToken, ApiUrl = slack.ApiUrl.ToString() };
        var api = new SlackApiClient(new SlackWebApi(http, slack.ApiUrl, timings, TimeProvider.System, NullLogger.Instance), options, new ChannelPacer(timings.PostInterval, TimeProvider.System));
        var answers = Channel.CreateUnbounded<SlackMessage>();
        var kept = 0;
        ValueTask<SlackAckReply?> Keep(SlackInbound inbound, CancellationToken token)
        {
            Interlocked.Increment(ref kept);
            answers.Writer.TryWrite((SlackMessage)inbound);
            return ValueTask.FromResult<SlackAckReply?>(null);
        }

        var reception = new InboundReception(new DeliveryDeduplicator(TimeProvider.System, timings.DuplicateWindow), Keep, TimeProvider.System, timings, NullLogger.Instance);
        var client = new SocketModeClient(api, reception, timings, TimeProvider.System, NullLogger.Instance);
        var running = client.RunAsync(new SlackIdentity(FakeSlack.BotUserId, FakeSlack.BotId, "T111"), stop.Token);
        await FakeSlack.EventuallyAsync(() => slack.OpenSockets.Count == 1, "the connection");

        var posted = 0;
        var posters = post
            ? Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                await foreach (var message in answers.Reader.ReadAllAsync(stop.Token))
                {
                    await api.PostMessageAsync(message.Channel, new SlackMessageContent("C'est noté : votre demande est enregistrée."), null, stop.Token);
                    Interlocked.Increment(ref posted);
                }
            })).ToList()
            : [];

        var frames = envelopes.Select(e => e.ToJsonString()).ToList();
        var socket = slack.OpenSockets[0];
        var watch = Stopwatch.StartNew();
        foreach (var frame in frames)
        {
            await socket.SendRawAsync(frame);
        }

        await FakeSlack.EventuallyAsync(() => slack.Acks.Count == envelopes.Count && (!post || Volatile.Read(ref posted) == envelopes.Count), "every acknowledgement and answer", TimeSpan.FromMinutes(10));
        var seconds = watch.Elapsed.TotalSeconds;
        answers.Writer.TryComplete();
        await Task.WhenAll(posters);
        await stop.CancelAsync();
        await running;
        return envelopes.Count / seconds;
    }
}
