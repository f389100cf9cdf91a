namespace KpiTracker.Application.Features.Cycles;

/// <summary>The indicators of a cycle's framework edition.</summary>
internal static class CycleIndicators
{
    public static IQueryable<Indicator> Of(AppDbContext db, Guid editionId) =>
        db.Indicators.Where(i => db.Criteria.Any(c => c.Id == i.CriterionId && c.EditionId == editionId));

    public static Task<Indicator?> FindAsync(AppDbContext db, Guid editionId, string code, CancellationToken cancellationToken) =>
        Of(db, editionId).FirstOrDefaultAsync(i => i.Code == code, cancellationToken);
}
