namespace ServiceDesk.Core.Storage;

/// <summary>Identifies a message kept in the <see cref="IInboxStore"/> until it is handled.</summary>
public readonly record struct InboxEntryId(string Value);
