namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// One append-only audit record. <see cref="Seq"/>, <see cref="PrevHash"/> and <see cref="Hash"/> are set by the
/// database trigger under a lock, so the chain follows commit order whoever writes.
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
}
