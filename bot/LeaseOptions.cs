namespace ServiceDesk.Bot;

/// <summary>
/// How instances sharing a PostgreSQL store share the chat accounts (section <c>Storage:Lease</c>): the holder renews
/// every <see cref="RenewEvery"/> for <see cref="Duration"/>; a standby asks every <see cref="RenewEvery"/> too. After a
/// holder dies, a standby serves within <see cref="Duration"/> + <see cref="RenewEvery"/> + the time to connect.
/// </summary>
internal sealed class LeaseOptions
{
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Refuses settings that would let a lease expire between two renewals.</summary>
    public LeaseOptions Validated() =>
        RenewEvery > TimeSpan.Zero && Duration >= RenewEvery * 3
            ? this
            : throw new InvalidOperationException("Storage:Lease:RenewEvery must be positive and Storage:Lease:Duration at least three times it.");
}
