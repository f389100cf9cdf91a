using System.Diagnostics;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// What the audit records of the current scope say about who and why: set by the pipeline (action, role that
/// allowed it) and by handlers (reason), read by <see cref="AuditInterceptor"/> and <see cref="AuditWriter"/>.
/// The record's time is not the application's: the database sets it.
/// </summary>
public sealed class AuditContext(ICurrentUser user, IHttpContextAccessor http)
{
    public string? Action { get; set; }

    public Role? Role { get; set; }

    public string? Reason { get; set; }

    public AuditEntry NewEntry(string action, string entity, string? key) => new()
    {
        UserId = user.UserId,
        UserName = user.UserName,
        Role = user.IsSystem ? "system" : Role?.ToCode(),
        Action = action,
        Entity = entity,
        EntityKey = key,
        Reason = Reason,
        ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        CorrelationId = Activity.Current?.TraceId.ToString() ?? http.HttpContext?.TraceIdentifier,
    };
}
