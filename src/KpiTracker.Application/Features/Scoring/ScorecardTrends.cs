namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// A governorate's index and criteria over the last <see cref="Cycles"/> cycles up to a year (oldest first), each from that
/// cycle's latest run; a cycle without a run is left out. Published numbers (one decimal).
/// </summary>
internal static class ScorecardTrends
{
    public const int Cycles = 3;

    public static async Task<IReadOnlyList<TrendYearDto>> ReadAsync(AppDbContext db, int year, string governorate, CancellationToken cancellationToken)
    {
        var runs = await db.ScoreRuns.AsNoTracking()
            .Where(r => r.OrgUnitCode == governorate && r.IsLatest && r.Year <= year)
            .OrderByDescending(r => r.Year)
            .Take(Cycles)
            .Select(r => new { r.Id, r.Year, r.Kind, r.PublishedOverall, r.Band, r.InsufficientData })
            .ToListAsync(cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        var criteria = (await db.ScoreRunCriteria.AsNoTracking().Where(c => ids.Contains(c.RunId))
                .Select(c => new { c.RunId, c.Code, c.PublishedScore })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.RunId);
        return [.. runs.OrderBy(r => r.Year).Select(r => new TrendYearDto(
            r.Year,
            r.Kind,
            r.PublishedOverall,
            r.Band,
            r.InsufficientData,
            criteria[r.Id].ToDictionary(c => c.Code, c => c.PublishedScore, StringComparer.Ordinal)))];
    }
}
