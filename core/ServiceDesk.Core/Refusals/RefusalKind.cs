namespace ServiceDesk.Core.Refusals;

/// <summary>Why a request will not be done (seed 001, "L'utilisateur demande un changement qui ne sera pas fait").</summary>
public enum RefusalKind
{
    /// <summary>Software the organisation does not allow or license.</summary>
    UnauthorisedSoftware,
    /// <summary>An illegal copy (MP3s for a conference, a training DVD).</summary>
    IllegalCopy,
    /// <summary>Personal or non-IT work (a camera at the owners' chalet).</summary>
    NotIt,
    /// <summary>A matter for HR or management, not discussed in chat (seed 001, problem 8).</summary>
    Confidential,
}
