namespace ServiceDesk.Testing.FakeSlack;

/// <summary>A workspace member as <c>users.info</c> returns them.</summary>
public sealed record FakeSlackUser(string Id, string DisplayName, string Locale, string TimeZone, bool IsBot = false);
