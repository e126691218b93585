namespace ServiceDesk.Core.Outages;

/// <summary>
/// One person's line in an outage's list: they wrote about the service while it was down (or their ticket was linked
/// to it), in which language, and where they stand. Their report is kept here instead of a new incident each.
/// </summary>
public sealed record OutagePerson
{
    /// <summary>The store's key: the outage's number and the person's address.</summary>
    public string Id => Key(Outage, PersonId);

    public int Outage { get; init; }

    /// <summary>The person's address as the desk knows them ("xmpp:alice@example.org").</summary>
    public string PersonId { get; init; } = "";

    /// <summary>Their channel and address on it, to write to them.</summary>
    public string Channel { get; init; } = "";

    public string Address { get; init; } = "";

    /// <summary>The language they are written to in ("fr", "en").</summary>
    public string Language { get; init; } = "fr";

    /// <summary>What they wrote first about it (their report), or the linked ticket's description.</summary>
    public string Report { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public OutagePersonState State { get; init; }

    /// <summary>Whether they asked explicitly to be told ("prévenez-moi").</summary>
    public bool Subscribed { get; init; }

    /// <summary>Their ticket, when a ticket of theirs is linked to the outage.</summary>
    public int? Ticket { get; init; }

    /// <summary>Whether outage news reaches them: everyone in the list except those who said it was not their problem.</summary>
    public bool IsTold => State != OutagePersonState.Declined;

    public static string Key(int outage, string personId) => outage.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + personId;
}

/// <summary>Where a person of an outage's list stands.</summary>
public enum OutagePersonState
{
    /// <summary>Told the outage is known; their choice ("ce n'est pas ça" / "prévenez-moi") is awaited.</summary>
    Asked,
    /// <summary>Linked to the outage: they get its news.</summary>
    Linked,
    /// <summary>They said it was something else: a normal conversation went on, no outage news.</summary>
    Declined,
    /// <summary>The outage is resolved; whether it works again for them is awaited.</summary>
    Confirming,
    /// <summary>They confirmed it works again.</summary>
    Confirmed,
    /// <summary>It still does not work for them: a request of their own was started.</summary>
    StillBroken,
}
