namespace ServiceDesk.Core.Channels;

/// <summary>What <see cref="SenderRateLimit.Admit"/> decided for one message.</summary>
public enum RateVerdict
{
    /// <summary>Handle the message.</summary>
    Admitted,

    /// <summary>Drop it and tell the sender, politely, to slow down (at most once per notice interval).</summary>
    RefusedWithNotice,

    /// <summary>Drop it silently: the sender was told recently.</summary>
    Refused,
}
