namespace KpiTracker.Application.Features.Submissions;

/// <summary>A criterion of the cycle's framework as the work pages label and filter with it.</summary>
public sealed record CriterionLabel(string Code, string NameAr, string NameEn);

/// <summary>An indicator of the cycle's framework as the work pages label a row with it, and the criterion it belongs to.</summary>
public sealed record IndicatorLabel(string Code, string Criterion, string NameAr, string NameEn);

/// <summary>The names of a framework edition's criteria and indicators, for the pages that list a cycle's items.</summary>
internal static class FrameworkLabels
{
    /// <summary>The criteria in framework order.</summary>
    public static Task<List<CriterionLabel>> CriteriaAsync(AppDbContext db, Guid editionId, CancellationToken cancellationToken) =>
        db.Criteria.AsNoTracking().Where(c => c.EditionId == editionId).OrderBy(c => c.Order)
            .Select(c => new CriterionLabel(c.Code, c.NameAr, c.NameEn))
            .ToListAsync(cancellationToken);

    /// <summary>The indicators by code.</summary>
    public static Task<Dictionary<string, IndicatorLabel>> IndicatorsAsync(AppDbContext db, Guid editionId, CancellationToken cancellationToken) =>
        (from i in db.Indicators.AsNoTracking()
         join c in db.Criteria on i.CriterionId equals c.Id
         where c.EditionId == editionId
         select new IndicatorLabel(i.Code, c.Code, i.NameAr, i.NameEn))
        .ToDictionaryAsync(i => i.Code, cancellationToken);
}
