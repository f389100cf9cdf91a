namespace KpiTracker.Application.Features.Scoring.GetTrend;

/// <summary>A governorate over the cycles: the overall index, or one indicator's value and score, from each cycle's latest run.</summary>
public sealed record GetTrendQuery(string Governorate, string? Indicator) : IQuery<Result<TrendDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate, Indicator);
}

internal sealed class GetTrendValidator : AbstractValidator<GetTrendQuery>
{
    public GetTrendValidator()
    {
        RuleFor(q => q.Governorate).NotEmpty().MaximumLength(40);
        RuleFor(q => q.Indicator).MaximumLength(20);
    }
}

internal sealed class GetTrendHandler(AppDbContext db) : IQueryHandler<GetTrendQuery, Result<TrendDto>>
{
    public async ValueTask<Result<TrendDto>> Handle(GetTrendQuery query, CancellationToken cancellationToken)
    {
        if (!await db.OrgUnits.AnyAsync(o => o.Code == query.Governorate, cancellationToken))
        {
            return AppError.NotFound();
        }

        var runs = await db.ScoreRuns.AsNoTracking()
            .Where(r => r.OrgUnitCode == query.Governorate && r.IsLatest)
            .OrderBy(r => r.Year)
            .Select(r => new
            {
                r.Year,
                r.Kind,
                r.PublishedOverall,
                r.Band,
                Indicator = db.ScoreRunIndicators.Where(i => i.RunId == r.Id && i.Code == query.Indicator).Select(i => new { i.Value, i.PublishedScore, i.Status }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var points = runs.Select(r => new TrendPointDto(
            r.Year, r.Kind.ToCode(), r.PublishedOverall, r.Band, r.Indicator?.Value, r.Indicator?.PublishedScore, r.Indicator?.Status.ToCode())).ToList();
        return new TrendDto(query.Governorate, query.Indicator, points);
    }
}
