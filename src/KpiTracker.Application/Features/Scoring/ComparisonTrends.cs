using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// One indicator of every governorate over the scored cycles up to the given one, from each cycle's latest runs, in the
/// comparison's scope: what the trend query answers and the comparison page shows.
/// </summary>
internal sealed class ComparisonTrends(AppDbContext db, ICurrentUser user)
{
    public async Task<Result<ComparisonTrendDto>> ReadAsync(int year, string indicatorCode, CancellationToken cancellationToken)
    {
        var cycle = await ScoringScope.ScorableCycleAsync(db, year, cancellationToken);
        var seesUnpublished = await ScoringScope.SeesUnpublishedAsync(user, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("scoring.cycle_not_found");
        }

        if (cycle.Status != CycleStatus.Closed && !seesUnpublished)
        {
            return ScoringScope.Unpublished(cycle.Year);
        }

        var indicator = await db.Criteria.AsNoTracking()
            .Where(c => c.EditionId == cycle.EditionId)
            .SelectMany(c => c.Indicators)
            .Where(i => i.Code == indicatorCode)
            .Select(i => new { i.Code, i.NameAr, i.NameEn, i.Unit })
            .FirstOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return AppError.NotFound();
        }

        var cycles = await db.Cycles.AsNoTracking()
            .Where(c => c.Year <= year && c.Status != CycleStatus.Planned && (seesUnpublished || c.Status == CycleStatus.Closed))
            .OrderBy(c => c.Year)
            .Select(c => new { c.Year, c.Status })
            .ToListAsync(cancellationToken);
        var candidates = cycles.Select(c => c.Year).ToList();
        // A cycle never scored has nothing to show: it is left out rather than shown as a column of blanks.
        var scored = await db.ScoreRuns.AsNoTracking().Where(r => r.IsLatest && candidates.Contains(r.Year)).Select(r => r.Year).Distinct().ToListAsync(cancellationToken);
        cycles = [.. cycles.Where(c => scored.Contains(c.Year))];
        var years = cycles.Select(c => c.Year).ToList();
        var cells = await (
                from r in db.ScoreRuns.AsNoTracking()
                where r.IsLatest && years.Contains(r.Year)
                join i in db.ScoreRunIndicators.AsNoTracking() on r.Id equals i.RunId
                where i.Code == indicatorCode
                select new { r.Year, r.OrgUnitCode, i.Status, i.Value, i.PublishedScore })
            .ToListAsync(cancellationToken);
        var byKey = cells.ToDictionary(c => (c.OrgUnitCode, c.Year));

        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        var rows = governorates.Select(g => new GovernorateTrendDto(g, [.. years.Select(y => byKey.TryGetValue((g, y), out var c)
            ? new ComparisonTrendPointDto(y, c.Status, c.Value, c.PublishedScore)
            : new ComparisonTrendPointDto(y, null, null, null))])).ToList();
        var kinds = cycles.Select(c => new TrendCycleDto(c.Year, c.Status == CycleStatus.Closed ? ScoreKind.Final : ScoreKind.Provisional)).ToList();
        return new ComparisonTrendDto(year, indicator.Code, indicator.NameAr, indicator.NameEn, indicator.Unit.ToCode(), kinds, rows);
    }
}
