using System.Text.Json.Nodes;
using ServiceDesk.Adapters.Slack.Inbound;

namespace ServiceDesk.Adapters.Slack.SocketMode;

/// <summary>The acknowledgement frame: <c>{"envelope_id":…}</c>, with a message payload only when Slack accepts one (slash commands, clicks).</summary>
internal static class EnvelopeAck
{
    public static string Frame(string envelopeId, SlackAckReply? reply)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (reply is not null)
        {
            ack["payload"] = new JsonObject { ["response_type"] = "ephemeral", ["text"] = reply.Text };
        }

        return ack.ToJsonString();
    }
}
