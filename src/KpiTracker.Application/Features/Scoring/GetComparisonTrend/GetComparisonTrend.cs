using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring.GetComparisonTrend;

/// <summary>
/// One indicator of every governorate over the scored cycles up to the given one, from each cycle's latest runs: the comparison's
/// trend, read in one query instead of one per governorate. It follows the comparison's scope: the given cycle must be one
/// the caller may compare, and an open cycle's provisional numbers appear only for those who read every scorecard.
/// </summary>
public sealed record GetComparisonTrendQuery(int Year, string Indicator) : IQuery<Result<ComparisonTrendDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ComparisonRead);
}

internal sealed class GetComparisonTrendValidator : AbstractValidator<GetComparisonTrendQuery>
{
    public GetComparisonTrendValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(20);
    }
}

internal sealed class GetComparisonTrendHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetComparisonTrendQuery, Result<ComparisonTrendDto>>
{
    public async ValueTask<Result<ComparisonTrendDto>> Handle(GetComparisonTrendQuery query, CancellationToken cancellationToken)
    {
        var cycle = await ScoringScope.ScorableCycleAsync(db, query.Year, cancellationToken);
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
            .Where(i => i.Code == query.Indicator)
            .Select(i => new { i.Code, i.NameAr, i.NameEn, i.Unit })
            .FirstOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return AppError.NotFound();
        }

        var cycles = await db.Cycles.AsNoTracking()
            .Where(c => c.Year <= query.Year && c.Status != CycleStatus.Planned && (seesUnpublished || c.Status == CycleStatus.Closed))
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
                where i.Code == query.Indicator
                select new { r.Year, r.OrgUnitCode, i.Status, i.Value, i.PublishedScore })
            .ToListAsync(cancellationToken);
        var byKey = cells.ToDictionary(c => (c.OrgUnitCode, c.Year));

        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        var rows = governorates.Select(g => new GovernorateTrendDto(g, [.. years.Select(y => byKey.TryGetValue((g, y), out var c)
            ? new ComparisonTrendPointDto(y, c.Status.ToCode(), c.Value, c.PublishedScore)
            : new ComparisonTrendPointDto(y, null, null, null))])).ToList();
        var kinds = cycles.Select(c => new TrendCycleDto(c.Year, c.Status == CycleStatus.Closed ? ScoreKind.Final : ScoreKind.Provisional)).ToList();
        return new ComparisonTrendDto(query.Year, indicator.Code, indicator.NameAr, indicator.NameEn, indicator.Unit.ToCode(), kinds, rows);
    }
}
