using ServiceDesk.Core.Channels;

namespace ServiceDesk.Core.People;

/// <summary>
/// The people whose addresses the configuration links, by address. Immutable once built; an address not listed is a
/// requester of its own, keyed by the address itself (<see cref="RequesterId"/>), exactly as before links existed.
/// </summary>
/// <remarks>
/// Addresses compare as the technicians' do: channel exactly, address ignoring case (the channels already give bare JIDs
/// in lower case and Slack ids as written).
/// </remarks>
public sealed class PersonDirectory
{
    private readonly Dictionary<string, Person> _byAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Person> _byId = new(StringComparer.Ordinal);

    /// <summary>The directory of these people. Throws <see cref="ArgumentException"/> when two of them claim one address.</summary>
    public PersonDirectory(IEnumerable<Person> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        foreach (var person in people)
        {
            if (person.Addresses.Count == 0)
            {
                throw new ArgumentException($"{person.Name ?? "A person"} has no address to link.", nameof(people));
            }

            foreach (var address in person.Addresses)
            {
                if (_byAddress.TryGetValue(address.ToString(), out var other) && !ReferenceEquals(other, person))
                {
                    throw new ArgumentException(
                        $"The address {address} is claimed by two people ({other.Name ?? other.Id} and {person.Name ?? person.Id}); an address belongs to one person.",
                        nameof(people));
                }

                _byAddress[address.ToString()] = person;
            }

            _byId[person.Id] = person;
        }
    }

    /// <summary>No links: every address is its own requester.</summary>
    public static PersonDirectory None { get; } = new([]);

    /// <summary>Every linked person.</summary>
    public IReadOnlyCollection<Person> All => _byId.Values;

    /// <summary>The linked person writing from (or reached at) this address, or null.</summary>
    public Person? Find(ChannelAddress address) =>
        _byAddress.Count == 0 || address.IsRoom ? null : _byAddress.GetValueOrDefault(address.ToString());

    /// <summary>The linked person of this requester key, or null.</summary>
    public Person? ById(string requesterId) => _byId.GetValueOrDefault(requesterId);

    /// <summary>The requester key of whoever writes from this address: the person's when linked, otherwise the address's own.</summary>
    public string RequesterId(ChannelAddress address) => Find(address)?.Id ?? address.ToString();
}
