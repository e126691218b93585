using ServiceDesk.Core.Channels;
using ServiceDesk.Core.Conversation;
using ServiceDesk.Core.Storage;

namespace ServiceDesk.Core.People;

/// <summary>
/// Where the desk reaches a requester: an answer goes where the message came from; what the desk starts later (a
/// technician's words, a question, a reminder, a notice) goes to the channel a linked person last wrote from, kept in
/// their profile (<see cref="RequesterProfile.LastChannel"/>) so that it survives a restart and is shared by every
/// instance on one store. An address no one links is reached where the desk already knows it, and nothing is read for it.
/// </summary>
/// <remarks>
/// Used under the desk's turn, inside its store transaction (the profile store joins it). Channel-neutral: a channel is
/// a name and an address a string.
/// </remarks>
public sealed class RequesterReach(PersonDirectory people, IProfileStore profiles)
{
    /// <summary>Who is linked to whom.</summary>
    public PersonDirectory People { get; } = people;

    /// <summary>The message with its sender's requester key (and, for a linked person, their configured name).</summary>
    public InboundMessage Identify(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return People.Find(message.From) is { } person
            ? message with { Person = person.Id, DisplayName = person.Name ?? message.DisplayName }
            : message;
    }

    /// <summary>The burst with its sender's requester key; the same list, not copied, when nobody is linked.</summary>
    public IReadOnlyList<InboundMessage> Identify(IReadOnlyList<InboundMessage> burst)
    {
        ArgumentNullException.ThrowIfNull(burst);
        return People.All.Count == 0 ? burst : [.. burst.Select(Identify)];
    }

    /// <summary>A linked person wrote from this address: it becomes where the desk reaches them (written only when it changes).</summary>
    public void Wrote(InboundMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (People.Find(message.From) is not { } person)
        {
            return;
        }

        var profile = profiles.Find(person.Id);
        if (profile?.LastChannel == message.From.Channel && profile.LastAddress == message.From.Value)
        {
            return;
        }

        profiles.Save((profile ?? new RequesterProfile { Id = person.Id, DisplayName = message.DisplayName }) with
        {
            LastChannel = message.From.Channel,
            LastAddress = message.From.Value,
            UpdatedAt = now,
        });
    }

    /// <summary>Where to reach whoever <paramref name="address"/> belongs to: a linked person's last used address, else the address itself.</summary>
    public ChannelAddress Where(ChannelAddress address) =>
        People.Find(address) is { } person && LastUsed(person) is { } last ? last : address;

    /// <summary>
    /// The desk's messages with each one to a linked person sent where they last wrote; the answers to
    /// <paramref name="answering"/> (the message this turn reads) stay on the address it came from.
    /// </summary>
    public IReadOnlyList<OutboundMessage> Route(IReadOnlyList<OutboundMessage> messages, ChannelAddress? answering = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (People.All.Count == 0)
        {
            return messages;
        }

        Dictionary<string, ChannelAddress?>? known = null;
        var routed = messages.ToArray();
        for (var i = 0; i < routed.Length; i++)
        {
            var message = routed[i];
            if (message.To == answering || message.OnlyFor is not null || message.ReplyTo is not null || message.Replaces is not null
                || People.Find(message.To) is not { } person)
            {
                continue;
            }

            known ??= new(StringComparer.Ordinal);
            if (!known.TryGetValue(person.Id, out var last))
            {
                known[person.Id] = last = LastUsed(person);
            }

            if (last is { } to && to != message.To)
            {
                routed[i] = message with { To = to };
            }
        }

        return routed;
    }

    private ChannelAddress? LastUsed(Person person) =>
        profiles.Find(person.Id) is { LastChannel: { Length: > 0 } channel, LastAddress: { Length: > 0 } value }
        && person.Addresses.FirstOrDefault(a => a.Channel == channel && string.Equals(a.Value, value, StringComparison.OrdinalIgnoreCase)) is { Value.Length: > 0 } listed
            ? listed
            : null;
}
