using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Users;

/// <summary>What an assignment's scope may name: the governorates, and the current edition's indicators by criterion.</summary>
public sealed record ScopeChoices(IReadOnlyList<ScopeChoice> Governorates, IReadOnlyList<ScopeCriterion> Criteria)
{
    /// <summary>The governorates in their order; the latest published edition's criteria and indicators in theirs.</summary>
    internal static async Task<ScopeChoices> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var governorates = await db.OrgUnits.AsNoTracking()
            .Where(o => o.Kind == OrgUnitKind.Governorate).OrderBy(o => o.Order).ThenBy(o => o.Code)
            .Select(o => new ScopeChoice(o.Code, o.NameAr, o.NameEn))
            .ToListAsync(cancellationToken);
        var edition = await db.FrameworkEditions.AsNoTracking()
            .Where(e => e.Status == EditionStatus.Published).OrderByDescending(e => e.PublishedAt)
            .Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var criteria = await db.Criteria.AsNoTracking()
            .Where(c => c.EditionId == edition).OrderBy(c => c.Order)
            .Select(c => new ScopeCriterion(c.Code, c.NameAr, c.NameEn, c.Indicators.OrderBy(i => i.Order).Select(i => new ScopeChoice(i.Code, i.NameAr, i.NameEn)).ToList()))
            .ToListAsync(cancellationToken);
        return new ScopeChoices(governorates, criteria);
    }
}

public sealed record ScopeChoice(string Code, string NameAr, string NameEn);

public sealed record ScopeCriterion(string Code, string NameAr, string NameEn, IReadOnlyList<ScopeChoice> Indicators);
