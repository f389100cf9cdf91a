using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// Adds one audit record per created, changed or deleted <see cref="IAudited"/> entity to the same SaveChanges,
/// so the record commits or rolls back with the change itself, and signs every audit record the save adds.
/// </summary>
internal sealed class AuditInterceptor(AuditContext audit, AuditSigner signer) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            var (old, @new) = AuditedChange.Values(entry);
            if (entry.State == EntityState.Modified && old.Count == 0)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => "create",
                EntityState.Deleted => "delete",
                _ => "update",
            };
            var record = audit.NewEntry(audit.Action is { } a ? $"{a}.{action}" : action, AuditedChange.EntityName(entry), AuditedChange.Key(context, entry));
            record.OldValues = old.Count > 0 ? JsonSerializer.Serialize(old) : null;
            record.NewValues = @new.Count > 0 ? JsonSerializer.Serialize(@new) : null;
            context.Set<AuditEntry>().Add(record);
        }

        signer.SignAdded(context);
    }
}
