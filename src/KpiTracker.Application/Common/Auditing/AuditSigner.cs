namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// Signs every audit record a save adds (<see cref="AuditMac"/>) with the newest key. The signing time is the machine's
/// real clock, never the business clock tests move: verify compares it with the database's own time of the record.
/// </summary>
public sealed class AuditSigner(AuditKeys keys)
{
    public void Sign(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.MacKey = keys.Signing.Id;
        entry.MacNonce = Guid.NewGuid();
        entry.SignedAt = AuditMac.Microseconds(TimeProvider.System.GetUtcNow());
        entry.Mac = AuditMac.Compute(keys.Signing, entry);
    }

    /// <summary>Signs the records this save adds that are not signed yet, whoever added them.</summary>
    public void SignAdded(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.Mac is null))
        {
            Sign(entry.Entity);
        }
    }
}
