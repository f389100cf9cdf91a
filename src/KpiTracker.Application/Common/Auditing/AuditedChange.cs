using KpiTracker.Application.Data.Identity;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>What an audit record says about one tracked change: the entity's name, its key, and its old and new values.</summary>
internal static class AuditedChange
{
    // Secrets and bookkeeping that must never reach the log.
    private static readonly HashSet<string> Hidden =
    [
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(AppUser.NormalizedUserName), nameof(AppUser.NormalizedEmail),
    ];

    /// <summary>The values an audit record keeps: all of them for a create or delete, the changed ones for an update, never a secret.</summary>
    public static (Dictionary<string, object?> Old, Dictionary<string, object?> New) Values(EntityEntry entry)
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

    public static string EntityName(EntityEntry entry) => entry.Entity switch
    {
        AppUser => "user",
        _ => Data.SnakeCaseNames.ToSnake(entry.Entity.GetType().Name),
    };

    /// <summary>Indicators and criteria are keyed within their edition, so the key names the edition too.</summary>
    public static string Key(DbContext context, EntityEntry entry) => entry.Entity switch
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
