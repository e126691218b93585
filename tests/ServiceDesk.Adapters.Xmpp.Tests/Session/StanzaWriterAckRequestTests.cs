using System.Net.Sockets;
using System.Text;
using ServiceDesk.Adapters.Xmpp.Session;
using ServiceDesk.Adapters.Xmpp.Tests.Support;

namespace ServiceDesk.Adapters.Xmpp.Tests.Session;

/// <summary>
/// Under stream management the queued stanzas go out in one write; the write asks the server for an ack (<c>&lt;r/&gt;</c>)
/// only when something in it waits for that ack (an answer sent confirmed), or when many stanzas wait unacknowledged.
/// The bytes are read as the server would, on the other end of a loopback connection.
/// </summary>
public sealed class StanzaWriterAckRequestTests
{
    private const string AckRequest = "<r xmlns=\"urn:xmpp:sm:3\"/>";

    [Fact]
    public async Task ReceiptsAndChatStatesAlone_AskForNoAck()
    {
        await using var wire = await Wire.OpenAsync();
        wire.Outbox.Enqueue(new OutgoingStanza("<message id='receipt'/>", IsMessage: true));
        wire.Outbox.Enqueue(new OutgoingStanza("<message id='composing'/>", IsMessage: true));

        var written = await wire.SendQueuedAsync();

        Assert.Equal("<message id='receipt'/><message id='composing'/>", written);
        Assert.Equal(2, wire.StreamManagement.UnackedCount);
    }

    [Fact]
    public async Task AnAnswerAwaitingConfirmation_AsksForAnAck_WhichConfirmsItAndEverythingBefore()
    {
        await using var wire = await Wire.OpenAsync();
        wire.Outbox.Enqueue(new OutgoingStanza("<message id='receipt'/>", IsMessage: true));
        Assert.DoesNotContain(AckRequest, await wire.SendQueuedAsync(), StringComparison.Ordinal);
        var delivery = new TaskCompletionSource();
        wire.Outbox.Enqueue(new OutgoingStanza("<message id='answer'/>", IsMessage: true) { Delivery = delivery });

        var written = await wire.SendQueuedAsync();

        Assert.Equal("<message id='answer'/>" + AckRequest, written);
        Assert.True(wire.StreamManagement.OnAck(2));
        Assert.True(delivery.Task.IsCompletedSuccessfully);
        Assert.Equal(0, wire.StreamManagement.UnackedCount);
    }

    [Fact]
    public async Task AnAnswerToAMessageJustKept_CarriesTheAckOwedForIt_InTheSameWrite()
    {
        await using var wire = await Wire.OpenAsync();
        wire.OweAnAck();
        wire.QueueAnswer("answer");

        var written = await wire.SendQueuedAsync();

        // The answer, the request for its ack, and the server's request answered: one write instead of two.
        Assert.Equal("<message id='answer'/>" + AckRequest + "<a xmlns=\"urn:xmpp:sm:3\" h=\"1\"/>", written);
        Assert.False(wire.StreamManagement.TakeOwedAck(out _));
    }

    [Fact]
    public async Task ManyStanzasUnacknowledged_AskForAnAckEvenWithoutAnAnswer()
    {
        await using var wire = await Wire.OpenAsync();
        var requests = 0;
        for (var i = 1; i <= StanzaWriter.AckRequestEvery; i++)
        {
            wire.Outbox.Enqueue(new OutgoingStanza($"<message id='state{i}'/>", IsMessage: true));
            var written = await wire.SendQueuedAsync();
            requests += written.Contains(AckRequest, StringComparison.Ordinal) ? 1 : 0;
            Assert.Equal(i == StanzaWriter.AckRequestEvery, written.EndsWith(AckRequest, StringComparison.Ordinal));
        }

        Assert.Equal(1, requests);
    }

    /// <summary>
    /// Answers that leave close together share one request (<see cref="AckRequestPacing"/>): the second, within
    /// <see cref="AckRequestPacing.Spacing"/> of the first's request, goes without, and the request it is owed goes out
    /// alone soon after (the owed-request loop, run here by hand), its ack confirming both.
    /// </summary>
    [Fact]
    public async Task ASecondAnswerWithinTheSpacing_AsksNothing_ItsRequestGoesOutAloneSoonAfter()
    {
        await using var wire = await Wire.OpenAsync();
        var first = wire.QueueAnswer("first");
        Assert.Equal("<message id='first'/>" + AckRequest, await wire.SendQueuedAsync());

        var second = wire.QueueAnswer("second");
        Assert.Equal("<message id='second'/>", await wire.SendQueuedAsync());
        Assert.True(wire.Writer.Requests.IsOwed);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await wire.Writer.Requests.Owed.WaitAsync(timeout.Token);
        await wire.Writer.SendOwedRequestAsync(CancellationToken.None);

        Assert.Equal(AckRequest, await wire.ReadAsync());
        Assert.False(wire.Writer.Requests.IsOwed);
        Assert.True(wire.StreamManagement.OnAck(2));
        Assert.True(first.Task.IsCompletedSuccessfully);
        Assert.True(second.Task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AnAnswerOnceTheSpacingHasPassed_CarriesTheRequestOwed_WhichIsNotSentAgainAlone()
    {
        await using var wire = await Wire.OpenAsync();
        wire.QueueAnswer("first");
        Assert.EndsWith(AckRequest, await wire.SendQueuedAsync(), StringComparison.Ordinal);
        wire.QueueAnswer("second");
        Assert.Equal("<message id='second'/>", await wire.SendQueuedAsync());

        await Task.Delay(AckRequestPacing.Spacing + TimeSpan.FromMilliseconds(50));
        wire.QueueAnswer("third");

        Assert.Equal("<message id='third'/>" + AckRequest, await wire.SendQueuedAsync());
        Assert.False(wire.Writer.Requests.IsOwed);
        await wire.Writer.SendOwedRequestAsync(CancellationToken.None);
        wire.Outbox.Enqueue(new OutgoingStanza("<message id='receipt'/>", IsMessage: true));
        Assert.Equal("<message id='receipt'/>", await wire.SendQueuedAsync());
    }

    [Fact]
    public async Task ARequestMadeAnotherWay_CoversTheOneOwed()
    {
        await using var wire = await Wire.OpenAsync();
        wire.QueueAnswer("first");
        await wire.SendQueuedAsync();
        wire.QueueAnswer("second");
        await wire.SendQueuedAsync();
        Assert.True(wire.Writer.Requests.IsOwed);

        await wire.Writer.RequestAckAsync(CancellationToken.None);

        Assert.Equal(AckRequest, await wire.ReadAsync());
        Assert.False(wire.Writer.Requests.IsOwed);
        Assert.False(wire.Writer.Requests.TakeOwed());
    }

    /// <summary>
    /// A stop cancels the write loop, sometimes while another write (the read loop's answer to an ack request) holds the
    /// connection: the queued stanza must then stay queued, not counted as sent, or the polite close waits for the
    /// server to acknowledge a stanza it never received (seen as a test that never ended, its clock frozen).
    /// </summary>
    [Fact]
    public async Task CancelledWhileAnotherWriteHoldsTheConnection_TheStanzaStaysQueuedUncounted_ThenGoesOut()
    {
        await using var wire = await Wire.OpenAsync();
        var holding = wire.HoldConnection();
        wire.Outbox.Enqueue(new OutgoingStanza("<presence to='alice@localhost' type='subscribe'/>", IsMessage: false));

        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wire.Writer.SendQueuedAsync(wire.Outbox, stop.Token).AsTask());

        Assert.Equal(0, wire.StreamManagement.UnackedCount);
        Assert.True(wire.Outbox.TryPeek(out _));
        await wire.ReleaseAsync(holding);
        Assert.Equal("<presence to='alice@localhost' type='subscribe'/>", await wire.SendQueuedAsync());
        Assert.Equal(1, wire.StreamManagement.UnackedCount);
    }

    [Fact]
    public async Task AnAckCancelledWhileAnotherWriteHoldsTheConnection_IsStillOwed()
    {
        await using var wire = await Wire.OpenAsync();
        wire.OweAnAck();
        var holding = wire.HoldConnection();

        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wire.Writer.SendAckAsync(wire.StreamManagement.TakeOwedAck, stop.Token).AsTask());

        await wire.ReleaseAsync(holding);
        Assert.True(wire.StreamManagement.TakeOwedAck(out var handled));
        Assert.Equal(1u, handled);
    }

    /// <summary>A writer on a real connection; the test reads what it wrote on the other end.</summary>
    private sealed class Wire : IAsyncDisposable
    {
        private readonly TransportPair _pair;
        private readonly Socket _server;
        private readonly StanzaWriter _writer;

        private Wire(TransportPair pair)
        {
            _pair = pair;
            _server = pair.Server;
            StreamManagement.OnEnabled("test");
            _writer = new StanzaWriter(pair.Transport, StreamManagement);
        }

        public StreamManagement StreamManagement { get; } = new();

        public Outbox Outbox { get; } = new(new CollectingLoggerFactory().CreateLogger("outbox"));

        public static async Task<Wire> OpenAsync() => new(await TransportPair.ConnectAsync());

        public StanzaWriter Writer => _writer;

        /// <summary>Queues an answer sent confirmed (<c>&lt;message id='…'/&gt;</c>); its delivery completes on the server's ack.</summary>
        public TaskCompletionSource QueueAnswer(string id)
        {
            var delivery = new TaskCompletionSource();
            Outbox.Enqueue(new OutgoingStanza($"<message id='{id}'/>", IsMessage: true) { Delivery = delivery });
            return delivery;
        }

        /// <summary>The server asked for an ack while a message was being kept; the message is kept now: the answer is owed.</summary>
        public void OweAnAck()
        {
            var message = StreamManagement.BeginInbound()!.Value;
            Assert.False(StreamManagement.TryAnswerAckRequest(out _));
            StreamManagement.Acknowledge(message);
        }

        /// <summary>Starts a write far bigger than the connection's buffers, which the other end does not read yet: it holds the connection.</summary>
        public (Task Write, int Length) HoldConnection()
        {
            var length = 64 * 1024 * 1024;
            var write = _pair.Transport.WriteAsync(new string('x', length), CancellationToken.None).AsTask();
            Assert.False(write.IsCompleted);
            return (write, length);
        }

        /// <summary>Reads the held write on the other end, so that it ends.</summary>
        public async Task ReleaseAsync((Task Write, int Length) holding)
        {
            var buffer = new byte[1024 * 1024];
            for (var read = 0; read < holding.Length;)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                read += await _server.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            }

            await holding.Write.WaitAsync(TimeSpan.FromSeconds(30));
        }

        /// <summary>Writes what the outbox holds and returns the bytes that reached the other end.</summary>
        public async Task<string> SendQueuedAsync()
        {
            Assert.True(await _writer.SendQueuedAsync(Outbox, CancellationToken.None));
            Assert.False(Outbox.TryPeek(out _));
            return await ReadAsync();
        }

        /// <summary>The bytes written so far that reached the other end (waits for the first).</summary>
        public async Task<string> ReadAsync()
        {
            var buffer = new byte[65536];
            var text = new StringBuilder();
            do
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                var read = await _server.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
            while (_server.Available > 0);

            return text.ToString();
        }

        public ValueTask DisposeAsync() => _pair.DisposeAsync();
    }
}
