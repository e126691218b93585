namespace ServiceDesk.Core.Storage;

/// <summary>Where the desk keeps its data (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>Path of the LiteDB file; relative paths are relative to the working directory.</summary>
    public string Path { get; set; } = "data/servicedesk.db";
}
