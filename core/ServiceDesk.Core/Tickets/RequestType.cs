namespace ServiceDesk.Core.Tickets;

/// <summary>What the person asks for (seed 003: assistance, anomaly, evolution; seed 000 §2).</summary>
public enum RequestType
{
    /// <summary>Not qualified yet.</summary>
    Unknown,
    /// <summary>Something is broken or degraded.</summary>
    Incident,
    /// <summary>Install, purchase, access, equipment, a training room for tomorrow.</summary>
    ServiceRequest,
    /// <summary>"How do I…": answered by accompaniment or training.</summary>
    UsageQuestion,
    /// <summary>A change or an evolution of a tool.</summary>
    ChangeRequest,
    /// <summary>Not the IT desk's to do (seed 001: a camera at the owners' chalet).</summary>
    NotIt,
    /// <summary>A complaint about the service itself.</summary>
    Complaint,
}
