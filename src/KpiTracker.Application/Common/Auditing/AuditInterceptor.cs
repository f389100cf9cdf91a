using System.Text.Json;
using KpiTracker.Application.Data.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// Adds one audit record per created, changed or deleted <see cref="IAudited"/> entity to the same SaveChanges,
/// so the record commits or rolls back with the change itself.
/// </summary>
internal sealed class AuditInterceptor(AuditContext audit) : SaveChangesInterceptor
{
    // Secrets and bookkeeping that must never reach the log.
    private static readonly HashSet<string> Hidden =
    [
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(AppUser.NormalizedUserName), nameof(AppUser.NormalizedEmail),
    ];

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
            var (old, @new) = Values(entry);
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
            var record = audit.NewEntry(audit.Action is { } a ? $"{a}.{action}" : action, EntityName(entry), Key(context, entry));
            record.OldValues = old.Count > 0 ? JsonSerializer.Serialize(old) : null;
            record.NewValues = @new.Count > 0 ? JsonSerializer.Serialize(@new) : null;
            context.Set<AuditEntry>().Add(record);
        }
    }

    private static (Dictionary<string, object?> Old, Dictionary<string, object?> New) Values(EntityEntry entry)
    {
        var old = new Dictionary<string, object?>();
        var @new = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Hidden.Contains(name) || property.Metadata.IsPrimaryKey() || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    @new[Camel(name)] = property.CurrentValue;
                    break;
                case EntityState.Deleted:
                    old[Camel(name)] = property.OriginalValue;
                    break;
                default:
                    if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    {
                        old[Camel(name)] = property.OriginalValue;
                        @new[Camel(name)] = property.CurrentValue;
                    }

                    break;
            }
        }

        if (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && Hidden.Contains(p.Metadata.Name) && p.Metadata.Name == nameof(AppUser.PasswordHash)))
        {
            @new["password"] = "changed";
            old["password"] = "(hidden)";
        }

        return (old, @new);
    }

    private static string EntityName(EntityEntry entry) => entry.Entity switch
    {
        AppUser => "user",
        _ => Data.SnakeCaseNames.ToSnake(entry.Entity.GetType().Name),
    };

    /// <summary>Indicators and criteria are keyed within their edition, so the key names the edition too.</summary>
    private static string Key(DbContext context, EntityEntry entry) => entry.Entity switch
    {
        Indicator i when context.Set<Criterion>().Local.FirstOrDefault(c => c.Id == i.CriterionId) is { } c => $"{EditionCode(context, c.EditionId)}/{i.Code}",
        Criterion c => $"{EditionCode(context, c.EditionId)}/{c.Code}",
        Band b => $"{EditionCode(context, b.EditionId)}/{b.Code}",
        Domain.Access.Assignment a => $"{UserName(context, a.UserId)}/{a.AuditKey}",
        IAudited audited => audited.AuditKey,
        _ => "",
    };

    private static string EditionCode(DbContext context, Guid editionId) =>
        context.Set<FrameworkEdition>().Local.FirstOrDefault(e => e.Id == editionId)?.Code ?? editionId.ToString();

    private static string UserName(DbContext context, Guid userId) =>
        context.Set<AppUser>().Local.FirstOrDefault(u => u.Id == userId)?.UserName ?? userId.ToString();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
