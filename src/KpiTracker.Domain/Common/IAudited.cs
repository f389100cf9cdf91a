namespace KpiTracker.Domain.Common;

/// <summary>An entity whose every change is written to the audit log, identified there by a stable business key.</summary>
public interface IAudited
{
    string AuditKey { get; }
}
