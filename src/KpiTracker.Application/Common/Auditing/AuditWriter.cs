namespace KpiTracker.Application.Common.Auditing;

/// <summary>Writes audit records that are events rather than data changes (sign-ins, lockouts, refusals), each committed on its own.</summary>
public sealed class AuditWriter(AppDbContext db, AuditContext audit)
{
    public async Task WriteAsync(string action, string entity, string? key, string? detail = null, CancellationToken cancellationToken = default)
    {
        var entry = audit.NewEntry(action, entity, key);
        entry.NewValues = detail;
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
