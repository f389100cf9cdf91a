namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// One append-only audit record. <see cref="Seq"/>, <see cref="At"/>, <see cref="PrevHash"/> and <see cref="Hash"/> are set
/// by the database trigger under a lock (it refuses them from the caller), so the chain follows commit order whoever writes
/// and a record's time is the database's. <see cref="SignedAt"/>, <see cref="MacNonce"/>, <see cref="MacKey"/> and
/// <see cref="Mac"/> are the application's signature (<see cref="AuditMac"/>), made with a key the database does not hold.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public long Seq { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public string? Role { get; set; }
    public string Action { get; set; } = "";
    public string Entity { get; set; } = "";
    public string? EntityKey { get; set; }
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
    public string? Reason { get; set; }
    public string? ClientAddress { get; set; }
    public string? CorrelationId { get; set; }
    public string? PrevHash { get; set; }
    public string? Hash { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public Guid? MacNonce { get; set; }
    public string? MacKey { get; set; }
    public string? Mac { get; set; }
}
